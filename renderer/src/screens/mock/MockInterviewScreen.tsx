import type { ScreenProps } from '../../app/screens';
import { MockReportView } from './MockReportView';
import { MockRunner } from './MockRunner';
import { MockSetup } from './MockSetup';
import './mock.css';

/**
 * Mock interview: set up (#/mock-interview), run (?session=id), report (?report=id). The session
 * lives in the URL and in SQLite, so a reload or restart comes back to the same interview.
 */
export function MockInterviewScreen({ params }: ScreenProps) {
  const report = params.get('report');
  const session = params.get('session');
  if (report) return <MockReportView key={report} sessionId={report} />;
  if (session) return <MockRunner key={session} sessionId={session} />;
  return <MockSetup />;
}
