import { describe, expect, it } from 'vitest';
import { absenceStatus, canJustify, keepSelectable, newestFirst } from '../absenceStatus';

describe('absenceStatus', () => {
  it('is unjustified without a justification', () => {
    expect(absenceStatus({ kind: 'UNJUSTIFIED', justification: null })).toBe('UNJUSTIFIED');
    expect(absenceStatus({ kind: 'UNJUSTIFIED' })).toBe('UNJUSTIFIED');
  });

  it('follows the latest justification while the school has not accepted it', () => {
    expect(absenceStatus({ kind: 'UNJUSTIFIED', justification: { status: 'PENDING' } })).toBe('PENDING');
    expect(absenceStatus({ kind: 'UNJUSTIFIED', justification: { status: 'REFUSED' } })).toBe('REFUSED');
  });

  it('is justified when the API says so, the one definition', () => {
    expect(absenceStatus({ kind: 'JUSTIFIED', justification: { status: 'ACCEPTED' } })).toBe('JUSTIFIED');
    // The API's kind wins over a justification field a teacher cannot read (null).
    expect(absenceStatus({ kind: 'JUSTIFIED', justification: null })).toBe('JUSTIFIED');
  });
});

describe('canJustify', () => {
  it('offers the unjustified and the refused, not the pending or the justified', () => {
    expect(canJustify({ kind: 'UNJUSTIFIED', justification: null })).toBe(true);
    expect(canJustify({ kind: 'UNJUSTIFIED', justification: { status: 'REFUSED' } })).toBe(true);
    expect(canJustify({ kind: 'UNJUSTIFIED', justification: { status: 'PENDING' } })).toBe(false);
    expect(canJustify({ kind: 'JUSTIFIED', justification: { status: 'ACCEPTED' } })).toBe(false);
  });
});

describe('newestFirst', () => {
  it('orders by date, then by the lesson, the latest first, without reordering its input', () => {
    const list = [
      { id: '1', date: '2025-11-03', slot: { startsAt: '08:30' } },
      { id: '2', date: '2025-11-10', slot: { startsAt: '08:30' } },
      { id: '3', date: '2025-11-10', slot: { startsAt: '14:30' } },
      { id: '4', date: '2025-11-10', slot: null },
    ];
    expect(newestFirst(list).map((a) => a.id)).toEqual(['3', '2', '4', '1']);
    expect(list.map((a) => a.id)).toEqual(['1', '2', '3', '4']);
  });
});

describe('keepSelectable', () => {
  it('drops ids no longer listed or now pending', () => {
    const absences = [
      { id: 'a', kind: 'UNJUSTIFIED' as const, justification: { status: 'PENDING' as const } },
      { id: 'b', kind: 'UNJUSTIFIED' as const, justification: null },
    ];
    expect([...keepSelectable(new Set(['a', 'b', 'gone']), absences)]).toEqual(['b']);
  });
});
