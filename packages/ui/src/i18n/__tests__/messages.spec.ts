import { describe, expect, it } from 'vitest';
import ar from '../messages/ar.json';
import en from '../messages/en.json';
import fr from '../messages/fr.json';
import { messageKeys } from '../messageKeys';

describe('ui messages', () => {
  it('has the same keys in every language', () => {
    expect(messageKeys(ar)).toEqual(messageKeys(fr));
    expect(messageKeys(en)).toEqual(messageKeys(fr));
  });

  it('carries the French labels the journeys rely on', () => {
    expect(fr.login).toMatchObject({ identifier: 'Identifiant', password: 'Mot de passe', submit: 'Se connecter' });
    expect(fr.session.logout).toBe('Se déconnecter');
    expect(fr.language.label).toBe('Langue');
  });
});
