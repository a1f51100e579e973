import { useId, useState } from 'react';
import { MAX_NOTE_CHARS } from '../../../../shared/ipc/channels/saved';
import { call } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { Button } from '../../components/ui';

/** An editable note on a saved question: what to remember, which story to use. */
export function SavedNote({ questionId, note }: { questionId: string; note: string }) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note);
  const submit = useSubmit();
  const save = (): void =>
    submit.run(async () => {
      await call('saved:set-note', { questionId, note: text.trim() });
      setEditing(false);
    });

  if (!editing) {
    return (
      <div className="saved-note">
        {note ? <p className="note-text">{note}</p> : <p className="note-empty">No note yet.</p>}
        <Button
          variant="ghost"
          className="note-edit"
          onClick={() => {
            setText(note);
            setEditing(true);
          }}
        >
          {note ? 'Edit note' : 'Add a note'}
        </Button>
      </div>
    );
  }
  return (
    <form
      className="saved-note is-editing"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setEditing(false);
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          save();
        }
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        Note
      </label>
      <textarea
        id={id}
        rows={3}
        value={text}
        maxLength={MAX_NOTE_CHARS}
        autoFocus
        onChange={(e) => setText(e.target.value)}
        placeholder="e.g. Use the checkout migration story; end with the 30% drop in errors."
      />
      {submit.error ? (
        <p className="form-error" role="alert">
          {submit.error}
        </p>
      ) : null}
      <div className="note-actions">
        <span className="muted small">
          {text.length}/{MAX_NOTE_CHARS}
        </span>
        <Button variant="ghost" onClick={() => setEditing(false)}>
          Cancel
        </Button>
        <Button variant="primary" type="submit" disabled={submit.busy}>
          Save note
        </Button>
      </div>
    </form>
  );
}
