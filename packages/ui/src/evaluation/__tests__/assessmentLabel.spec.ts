import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import fr from '../../i18n/messages/fr.json';
import { assessmentLabel } from '../assessmentLabel';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({ lng: 'fr', resources: { fr: { ui: fr } }, ns: ['ui'], defaultNS: 'ui', interpolation: { escapeValue: false } });
});

describe('assessmentLabel', () => {
  it('numbers every test, as the journeys name the grid cells ("Contrôle 1")', () => {
    expect(assessmentLabel({ kind: 'CONTINUOUS', number: 1 }, i18n.getFixedT('fr', 'ui'))).toBe('Contrôle 1');
    expect(assessmentLabel({ kind: 'CONTINUOUS', number: 3 }, i18n.getFixedT('fr', 'ui'))).toBe('Contrôle 3');
  });

  it('numbers other kinds only from the second one', () => {
    expect(assessmentLabel({ kind: 'INTEGRATED_ACTIVITY', number: 1 }, i18n.getFixedT('fr', 'ui'))).toBe('Activités intégrées');
    expect(assessmentLabel({ kind: 'LOCAL_EXAM', number: 2 }, i18n.getFixedT('fr', 'ui'))).toBe('Examen local 2');
  });
});
