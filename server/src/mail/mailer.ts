export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Where mail goes, for the start-up log line (no credentials). */
  readonly describe: string;
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}
