import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  detectRoles,
  matchJobDescription,
  stemWord,
  type MatchableQuestion,
} from '../../../shared/domain/questions/job-match';
import { postingBody, postingSeniority } from '../../../shared/domain/questions/job-posting';
import { readBank } from '../../../electron/main/questions/bank-files';

const bank: MatchableQuestion[] = readBank(
  path.resolve(import.meta.dirname, '../../../resources/questions'),
).questions.map((q) => ({
  id: q.id,
  category: q.category,
  type: q.type,
  text: q.text,
  tags: q.tags,
  roles: q.roles,
  keyPointWords: q.keyPoints.flatMap((k) => [k.text, ...k.cues]),
}));
const byId = new Map(bank.map((q) => [q.id, q]));

const PM_POSTING = `Senior Product Manager — Payments. You will own the roadmap for our checkout experience, run product
discovery with customers, and work with engineering and design to ship. You prioritize ruthlessly using data,
define success metrics, run A/B experiments and communicate trade-offs to stakeholders. 5+ years of product management.`;

const SALES_POSTING = `Account Executive (Mid-Market). Own a quota of $900k ARR, build pipeline through prospecting and cold calling,
run discovery calls and demos, handle objections and negotiate pricing to close deals. Salesforce experience required.`;

const SUPPORT_POSTING = `Customer Support Specialist. Answer customer tickets by email and live chat in Zendesk, troubleshoot
account problems, de-escalate frustrated customers, and keep CSAT above 90%. Escalations go to tier 2.`;

describe('job description matching', () => {
  it('detects the role from titles first, then skills', () => {
    expect(detectRoles(PM_POSTING)[0]).toBe('product-manager');
    expect(detectRoles(SALES_POSTING)[0]).toBe('sales');
    expect(detectRoles(SUPPORT_POSTING)[0]).toBe('customer-support');
    expect(detectRoles('We are hiring. Great benefits and a friendly office.')).toEqual([]);
  });

  it('stems lightly so forms of a word meet', () => {
    expect(stemWord('managing')).toBe(stemWord('managed'));
    expect(stemWord('stakeholders')).toBe(stemWord('stakeholder'));
    expect(stemWord('priorities')).toBe('priority');
  });

  it.each([
    ['product manager', PM_POSTING, 'product', 'product-manager'],
    ['sales', SALES_POSTING, 'sales', 'sales'],
    ['support', SUPPORT_POSTING, 'customer-service', 'customer-support'],
  ])('builds a %s practice set from the role and the posting’s words, saying why', (_name, posting, category, role) => {
    const result = matchJobDescription(posting, bank, 10);
    expect(result.matches).toHaveLength(10);
    const picked = result.matches.map((m) => byId.get(m.id));
    expect(picked.filter((q) => q?.category === category).length).toBeGreaterThanOrEqual(2);
    expect(picked.filter((q) => q?.roles.includes(role)).length).toBeGreaterThanOrEqual(3);
    for (const m of result.matches) expect(m.reasons.length).toBeGreaterThan(0);
    expect(result.matches.some((m) => m.reasons.some((r) => r.startsWith('The posting mentions')))).toBe(true);
    // Mixed categories, and always a behavioural question.
    const counts = new Map<string, number>();
    for (const q of picked) counts.set(q?.category ?? '', (counts.get(q?.category ?? '') ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(4);
    expect(picked.some((q) => q?.type === 'behavioral')).toBe(true);
    expect(new Set(result.matches.map((m) => m.id)).size).toBe(10);
  });

  it('names the posting’s distinctive words as keywords', () => {
    const result = matchJobDescription(SALES_POSTING, bank, 8);
    expect(result.keywords).toEqual(expect.arrayContaining(['objections']));
    expect(result.keywords).not.toContain('required');
  });

  it('is deterministic', () => {
    expect(matchJobDescription(PM_POSTING, bank)).toEqual(matchJobDescription(PM_POSTING, bank));
  });
});

const SENIOR_BACKEND_POSTING = `Senior Backend Engineer
We're hiring a Senior Backend Engineer to join our payments platform team. You will design and build APIs in Go and
PostgreSQL, own services in production on Kubernetes, and mentor junior engineers.
Requirements: 6+ years building distributed systems; a degree in computer science (graduate degree a plus).

Benefits
Competitive salary, equity, health insurance, 401k and generous parental leave.

How to apply: send your CV. We are an equal opportunity employer and welcome applicants from all backgrounds.`;

describe('job postings with levels and boilerplate', () => {
  it('reads a senior posting as the role alone, not as a graduate one', () => {
    expect(detectRoles(SENIOR_BACKEND_POSTING)).toEqual(['software-engineer']);
    expect(postingSeniority(SENIOR_BACKEND_POSTING)).toBe('senior');
    expect(
      postingSeniority('Graduate Software Engineer\nJoin our two-year programme; you will work with senior engineers.'),
    ).toBe('entry');
    expect(detectRoles('Graduate Software Engineer\nJoin our two-year programme as a junior developer.')).toContain(
      'graduate',
    );
  });

  it('takes no keywords from hiring boilerplate, levels or contractions', () => {
    const { keywords } = matchJobDescription(SENIOR_BACKEND_POSTING, bank, 10);
    expect(keywords).toContain('backend');
    for (const noise of ['hiring', 'apply', 'benefits', 'cv', 'equity', 'competitive', 'senior', 'junior', 're'])
      expect(keywords).not.toContain(noise);
  });

  it('sets aside benefits, how-to-apply and equal-opportunity text', () => {
    const body = postingBody(SENIOR_BACKEND_POSTING);
    expect(body).toContain('design and build APIs');
    expect(body).not.toMatch(/insurance|equal opportunity|send your CV/i);
  });
});
