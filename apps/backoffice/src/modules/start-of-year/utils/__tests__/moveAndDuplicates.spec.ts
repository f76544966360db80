import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { duplicatesOfRefusal, hasDuplicates, identityKey, identityOf } from '../duplicateIdentity';
import { moveRefusal } from '../moveRefusal';
import { moveTargets } from '../moveTargets';
import { emptyDraft } from '../registrationDraft';

const refusal = (extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ data: null, errors: [{ message: 'refused', extensions }] });
const klass = (id: string, name: string, level: string, capacity: number, enrolledCount: number) => ({ id, name, capacity, enrolledCount, level: { id: level } });

describe('where a selection may move', () => {
  const classes = [klass('c', '1AC-10', 'L1', 40, 40), klass('a', '1AC-1', 'L1', 40, 28), klass('b', '1AC-2', 'L1', 40, 39), klass('x', '2AC-1', 'L2', 40, 0)];

  it('lists the other classes of the level, by name, with their seats; those without room for the whole selection cannot be chosen', () => {
    expect(moveTargets(classes, { id: 'a', levelId: 'L1' }, 2)).toEqual([
      { id: 'b', name: '1AC-2', left: 1, fits: false },
      { id: 'c', name: '1AC-10', left: 0, fits: false },
    ]);
    expect(moveTargets(classes, { id: 'c', levelId: 'L1' }, 1).map((t) => [t.name, t.fits])).toEqual([['1AC-1', true], ['1AC-2', true]]);
    expect(moveTargets(classes, { id: 'a', levelId: 'L1' }, 0).every((t) => !t.fits)).toBe(true);
  });
});

describe('a refused move, worded', () => {
  it('says how many seats are left for how many pupils', () => {
    expect(moveRefusal(refusal({ code: 'CONFLICT', reason: 'CLASS_FULL', seatsLeft: 1, moving: 3, enrolled: 39, capacity: 40 }))).toEqual({
      key: 'move.reasons.CLASS_FULL', values: { left: 1, moving: 3 },
    });
  });

  it('names the pupils kept back by their grades, and the bad rows of their reason', () => {
    expect(moveRefusal(refusal({ code: 'CONFLICT', reason: 'HAS_GRADES_IN_CLASS', codesMassar: ['A000000001', 'A000000002'] }))!.values).toEqual({ codes: 'A000000001, A000000002', count: 2 });
    const rows = refusal({
      code: 'BAD_USER_INPUT', reason: 'NOT_SCHOOL_PUPIL', index: 1, codeMassar: 'B000000001',
      rows: [{ index: 1, codeMassar: 'B000000001', reason: 'NOT_SCHOOL_PUPIL' }, { index: 2, codeMassar: 'B000000002', reason: 'ALREADY_IN_CLASS' }],
    });
    expect(moveRefusal(rows)).toEqual({ key: 'move.reasons.NOT_SCHOOL_PUPIL', values: { codes: 'B000000001', count: 1 } });
  });

  it('leaves the others to the server\'s message', () => {
    expect(moveRefusal(refusal({ code: 'CONFLICT', reason: 'SOMETHING_NEW' }))).toBeNull();
    expect(moveRefusal(new Error('network'))).toBeNull();
  });
});

describe('an identity that may be registered already', () => {
  const draft = { ...emptyDraft('c1'), firstName: ' Salma ', lastName: 'Aabid', birthDate: '2014-03-12', birthPlace: 'Casablanca ' };

  it('is looked up once its four fields are filled', () => {
    expect(identityOf(draft)).toEqual({ firstName: 'Salma', lastName: 'Aabid', birthDate: '2014-03-12', birthPlace: 'Casablanca' });
    expect(identityOf({ ...draft, birthPlace: '  ' })).toBeNull();
    expect(identityOf({ ...draft, birthDate: '2014-03' })).toBeNull();
    expect(identityKey(identityOf(draft))).toBe(identityKey(identityOf({ ...draft, firstName: 'SALMA' })));
  });

  it('reads the matches and the "exists elsewhere" of a POSSIBLE_DUPLICATE refusal', () => {
    const found = duplicatesOfRefusal(refusal({
      code: 'CONFLICT', reason: 'POSSIBLE_DUPLICATE', existsElsewhere: true,
      matches: [{ codeMassar: 'J130024519', firstName: 'Salma', lastName: 'Aabid', firstNameAr: 'سلمى', lastNameAr: 'عابد', birthDate: '2014-03-12', currentSchool: { code: 'S1', nameFr: 'Collège', nameAr: 'إعدادية' } }, { nonsense: true }],
    }));
    expect(found).toEqual({
      existsElsewhere: true,
      matches: [{ codeMassar: 'J130024519', firstName: 'Salma', lastName: 'Aabid', firstNameAr: 'سلمى', lastNameAr: 'عابد', birthDate: '2014-03-12', school: { code: 'S1', nameFr: 'Collège', nameAr: 'إعدادية' } }],
    });
    expect(hasDuplicates(found)).toBe(true);
    expect(hasDuplicates({ matches: [], existsElsewhere: false })).toBe(false);
    expect(duplicatesOfRefusal(refusal({ code: 'CONFLICT', reason: 'CLASS_FULL' }))).toBeNull();
  });
});
