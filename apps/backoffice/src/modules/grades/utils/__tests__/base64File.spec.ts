import { describe, expect, it } from 'vitest';
import { base64ToBytes } from '../base64File';

describe('base64ToBytes', () => {
  it('decodes the bytes of a file (an .xlsx starts with the zip signature PK)', () => {
    expect([...base64ToBytes('UEsDBA==')]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });
});
