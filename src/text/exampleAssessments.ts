/** The example assessments of test-data/ that parse, for catalogue tests (Node only). */
import { readFileSync, readdirSync } from 'node:fs';
import { parseAssessmentJson, type Assessment } from '../core/index.ts';

export function exampleAssessments(): Assessment[] {
  return readdirSync('test-data/assessments')
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      const parsed = parseAssessmentJson(readFileSync(`test-data/assessments/${name}`, 'utf8'));
      return parsed.ok ? [parsed.assessment] : [];
    });
}
