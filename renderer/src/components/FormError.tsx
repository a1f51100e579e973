/** A form's error, announced to screen readers when it appears; nothing when there is none. */
export function FormError({ message }: { message: string | undefined }) {
  return message ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : null;
}
