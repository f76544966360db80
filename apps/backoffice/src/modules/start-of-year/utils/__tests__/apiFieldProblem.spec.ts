import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { apiFieldProblem } from '../apiFieldProblem';
import { fieldOf, problemMessage } from '../problemMessage';

const refusal = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: 'refused', extensions }] });

describe('a refusal of the API, on the field it concerns', () => {
  it('takes the nested path of a validation error', () => {
    const error = refusal({ code: 'BAD_USER_INPUT', field: 'phone', path: 'guardians.0.phone', reason: 'INVALID' });
    expect(apiFieldProblem(error)).toEqual({ path: 'guardians.0.phone', reason: 'INVALID' });
  });

  it('takes the field of a domain error without a path', () => {
    expect(apiFieldProblem(refusal({ code: 'BAD_USER_INPUT', field: 'birthDate', reason: 'AGE_OUT_OF_RANGE' }))).toEqual({ path: 'birthDate', reason: 'AGE_OUT_OF_RANGE' });
  });

  it('puts a full class on the class field', () => {
    expect(apiFieldProblem(refusal({ code: 'CONFLICT', reason: 'CLASS_FULL' }))).toEqual({ path: 'classId', reason: 'CLASS_FULL' });
  });

  it('leaves other errors to the page (network, permission)', () => {
    expect(apiFieldProblem(refusal({ code: 'FORBIDDEN', reason: 'PERMISSION' }))).toBeNull();
    expect(apiFieldProblem(new Error('network'))).toBeNull();
  });
});

describe('the message of a field\'s problem', () => {
  it('words the API\'s generic INVALID per field', () => {
    expect(fieldOf('guardians.1.nationalId')).toBe('nationalId');
    expect(problemMessage('guardians.0.phone', 'INVALID').key).toBe('registration.problem.PHONE_FORMAT');
    expect(problemMessage('lastNameAr', 'INVALID').key).toBe('registration.problem.NAME_INVALID');
    expect(problemMessage('somethingElse', 'INVALID').key).toBe('registration.problem.INVALID');
  });

  it('words any other reason by itself', () => {
    expect(problemMessage('guardians.0.nationalId', 'GUARDIAN_IDENTITY_MISMATCH').key).toBe('registration.problem.GUARDIAN_IDENTITY_MISMATCH');
  });
});
