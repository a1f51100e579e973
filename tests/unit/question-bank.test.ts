import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BankFile,
  BankManifest,
  QUESTION_CATEGORIES,
  type BankQuestion,
} from '../../shared/domain/questions/bank-schema';

const DIR = path.resolve(import.meta.dirname, '../../resources/questions');
const read = (name: string): unknown => JSON.parse(readFileSync(path.join(DIR, name), 'utf8'));

const manifest = BankManifest.parse(read('manifest.json'));
const files = manifest.files.map((name) => ({ name, parsed: BankFile.safeParse(read(name)) }));
const questions: BankQuestion[] = files.flatMap((f) => (f.parsed.success ? f.parsed.data.questions : []));

describe('the question bank in resources/questions', () => {
  it('has a manifest listing every bank file, and only those', () => {
    const onDisk = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'manifest.json');
    expect([...manifest.files].sort()).toEqual(onDisk.sort());
  });

  it.each(manifest.files)('%s is valid against the bank schema', (name) => {
    const file = files.find((f) => f.name === name);
    expect(file?.parsed.success, file?.parsed.success === false ? file.parsed.error.message : '').toBe(true);
    if (file?.parsed.success) {
      expect(`${file.parsed.data.category}.json`).toBe(name);
      for (const q of file.parsed.data.questions) expect(q.category).toBe(file.parsed.data.category);
    }
  });

  it('holds at least 400 questions over all 12 categories', () => {
    expect(questions.length).toBeGreaterThanOrEqual(400);
    const categories = new Set(questions.map((q) => q.category));
    expect(categories.size).toBeGreaterThanOrEqual(12);
    for (const c of QUESTION_CATEGORIES) expect(categories).toContain(c);
  });

  it('gives every question 3–6 key points, each with cues', () => {
    for (const q of questions) {
      expect(q.keyPoints.length, q.id).toBeGreaterThanOrEqual(3);
      expect(q.keyPoints.length, q.id).toBeLessThanOrEqual(6);
      for (const k of q.keyPoints) expect(k.cues.length, q.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('has a model answer for at least half of the questions, and in every category', () => {
    const withAnswer = questions.filter((q) => q.modelAnswer);
    expect(withAnswer.length * 2).toBeGreaterThanOrEqual(questions.length);
    for (const c of QUESTION_CATEGORIES)
      expect(
        withAnswer.some((q) => q.category === c),
        c,
      ).toBe(true);
  });

  it('uses unique ids and unique question texts', () => {
    const ids = questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    const texts = questions.map((q) => q.text.trim().toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('spreads difficulty within every category', () => {
    for (const c of QUESTION_CATEGORIES) {
      const levels = new Set(questions.filter((q) => q.category === c).map((q) => q.difficulty));
      expect(levels.size, c).toBeGreaterThanOrEqual(2);
    }
  });
});
