import type { Language } from './languages';

/** Reference data carries French and Arabic names; English readers get the French one. */
export function localizedName(named: { nameFr: string; nameAr: string }, language: Language): string {
  return language === 'ar' ? named.nameAr : named.nameFr;
}

/** A person's full name in the script of the reader's language. */
export function localizedPersonName(
  person: { firstName: string; lastName: string; firstNameAr: string; lastNameAr: string },
  language: Language,
): string {
  return language === 'ar'
    ? `${person.firstNameAr} ${person.lastNameAr}`
    : `${person.firstName} ${person.lastName}`;
}

/** A person's name as class lists sort it, last name first ("Alaoui Salma"), in the reader's script. */
export function localizedSortName(
  person: { firstName: string; lastName: string; firstNameAr: string; lastNameAr: string },
  language: Language,
): string {
  return language === 'ar' ? `${person.lastNameAr} ${person.firstNameAr}` : `${person.lastName} ${person.firstName}`;
}
