import { describe, expect, it } from 'vitest';
import { describeChange } from './report-changes';

describe('describeChange', () => {
  it('names a RAG dimension and both values', () => {
    expect(describeChange({ field: 'rag.overall', from: 'green', to: 'amber' })).toBe(
      'Overall RAG: green → amber',
    );
  });

  it('reads a milestone health change in words, keeping dots in the milestone name', () => {
    expect(
      describeChange({ field: 'milestone.Beta v2.1.health', from: 'on_track', to: 'at_risk' }),
    ).toBe('Milestone Beta v2.1: on track → at risk');
  });

  it('says how many days a forecast moved and which way', () => {
    expect(
      describeChange({
        field: 'milestone.Beta.forecastDate',
        from: '2026-12-16',
        to: '2026-12-18',
      }),
    ).toBe('Milestone Beta forecast: 16 Dec 2026 → 18 Dec 2026 (2 days later)');
    expect(
      describeChange({ field: 'finish.forecastFinish', from: '2027-02-12', to: '2027-02-11' }),
    ).toBe('Forecast finish: 12 Feb 2027 → 11 Feb 2027 (1 day earlier)');
  });

  it('calls a milestone without a previous health new', () => {
    expect(describeChange({ field: 'milestone.Launch.health', to: 'on_track' })).toBe(
      'Milestone Launch is new: on track',
    );
  });
});
