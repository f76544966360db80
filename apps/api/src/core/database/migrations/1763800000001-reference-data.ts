import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { dataFile, readCsv } from '../csv.js';

// Territory and curriculum reference data. Regions and provinces: "Source: Haut-Commissariat au
// Plan, RGPH 2024 (adapted)"; coefficients: see apps/api/data/SOURCES.md.
const LEVELS: [number, string, string, string, string][] = [
  [1, '1AP', 'PRIMARY', '1re année primaire', 'السنة الأولى ابتدائي'],
  [2, '2AP', 'PRIMARY', '2e année primaire', 'السنة الثانية ابتدائي'],
  [3, '3AP', 'PRIMARY', '3e année primaire', 'السنة الثالثة ابتدائي'],
  [4, '4AP', 'PRIMARY', '4e année primaire', 'السنة الرابعة ابتدائي'],
  [5, '5AP', 'PRIMARY', '5e année primaire', 'السنة الخامسة ابتدائي'],
  [6, '6AP', 'PRIMARY', '6e année primaire', 'السنة السادسة ابتدائي'],
  [7, '1AC', 'MIDDLE', '1re année collégiale', 'السنة الأولى إعدادي'],
  [8, '2AC', 'MIDDLE', '2e année collégiale', 'السنة الثانية إعدادي'],
  [9, '3AC', 'MIDDLE', '3e année collégiale', 'السنة الثالثة إعدادي'],
  [10, 'TC', 'SECONDARY', 'Tronc commun', 'الجذع المشترك'],
  [11, '1BAC', 'SECONDARY', '1re année du baccalauréat', 'السنة الأولى بكالوريا'],
  [12, '2BAC', 'SECONDARY', '2e année du baccalauréat', 'السنة الثانية بكالوريا'],
];

const STREAMS: [string, string, string, string][] = [
  ['TC', 'TC_SCI', 'Tronc commun scientifique', 'الجذع المشترك العلمي'],
  ['TC', 'TC_LSH', 'Tronc commun lettres et sciences humaines', 'الجذع المشترك للآداب والعلوم الإنسانية'],
  ['1BAC', 'SEXP', 'Sciences expérimentales', 'العلوم التجريبية'],
  ['1BAC', 'SM', 'Sciences mathématiques', 'العلوم الرياضية'],
  ['1BAC', 'SEG', 'Sciences économiques et gestion', 'العلوم الاقتصادية والتدبير'],
  ['1BAC', 'ST', 'Sciences et technologies', 'العلوم والتكنولوجيات'],
  ['1BAC', 'LSH', 'Lettres et sciences humaines', 'الآداب والعلوم الإنسانية'],
  ['2BAC', 'SMA', 'Sciences mathématiques A', 'العلوم الرياضية أ'],
  ['2BAC', 'SMB', 'Sciences mathématiques B', 'العلوم الرياضية ب'],
  ['2BAC', 'PC', 'Sciences physiques', 'العلوم الفيزيائية'],
  ['2BAC', 'SVT', 'Sciences de la vie et de la terre', 'علوم الحياة والأرض'],
  ['2BAC', 'SAGRO', 'Sciences agronomiques', 'العلوم الزراعية'],
  ['2BAC', 'SECO', 'Sciences économiques', 'العلوم الاقتصادية'],
  ['2BAC', 'SGC', 'Sciences de gestion comptable', 'علوم التدبير المحاسباتي'],
  ['2BAC', 'STE', 'Sciences et technologies électriques', 'العلوم والتكنولوجيات الكهربائية'],
  ['2BAC', 'STM', 'Sciences et technologies mécaniques', 'العلوم والتكنولوجيات الميكانيكية'],
  ['2BAC', 'LET', 'Lettres', 'الآداب'],
  ['2BAC', 'SH', 'Sciences humaines', 'العلوم الإنسانية'],
];

export class ReferenceData1763800000001 implements MigrationInterface {
  name = 'ReferenceData1763800000001';

  async up(q: QueryRunner): Promise<void> {
    const regions = readCsv(dataFile('morocco_regions.csv'));
    for (const r of regions) {
      await q.query(
        'INSERT INTO region (id, code, iso_code, name_fr, name_ar, population) VALUES ($1, $2, $3, $4, $5, $6)',
        [Number(r.code), r.code, r.iso_code, r.name_fr, r.name_ar, Number(r.population_2024)],
      );
    }
    // The 8 "préfectures d'arrondissements" subdivide Casablanca's prefecture: not directorates.
    const provinces = readCsv(dataFile('morocco_provinces.csv')).filter((p) => p.type !== 'prefecture_of_arrondissements');
    for (const p of provinces) {
      await q.query(
        `INSERT INTO province (code, iso_code, name_fr, name_ar, kind, region_id, population)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [p.code, p.iso_code || null, p.name_fr, p.name_ar, p.type.toUpperCase(), Number(p.region_code), Number(p.population_2024)],
      );
    }
    for (const [id, code, cycle, nameFr, nameAr] of LEVELS) {
      await q.query('INSERT INTO level (id, code, cycle, name_fr, name_ar) VALUES ($1, $2, $3, $4, $5)', [id, code, cycle, nameFr, nameAr]);
    }
    await q.query('UPDATE level SET next_level_id = id + 1 WHERE id < 12');
    for (const [level, code, nameFr, nameAr] of STREAMS) {
      await q.query(
        'INSERT INTO stream (code, level_id, name_fr, name_ar) SELECT $1, id, $2, $3 FROM level WHERE code = $4',
        [code, nameFr, nameAr, level],
      );
    }
    await this.loadCoefficients(q);
  }

  private async loadCoefficients(q: QueryRunner): Promise<void> {
    const rows = readCsv(dataFile('morocco_subjects_coefficients.csv'));
    for (const r of rows) {
      await q.query('INSERT INTO subject (code, name_fr, name_ar) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING', [
        r.subject_code, r.name_fr, r.name_ar,
      ]);
    }
    for (const r of rows) {
      const levels = r.level === '1AP-6AP' ? ['1AP', '2AP', '3AP', '4AP', '5AP', '6AP'] : [r.level];
      // 2BAC streams come with their 1BAC regional stream of origin only through the data: a
      // stream code is looked up within its level.
      await q.query(
        `INSERT INTO subject_coefficient (level_id, stream_id, subject_id, exam, coefficient, source)
         SELECT l.id, st.id, su.id, $3, $4, $5
         FROM level l JOIN subject su ON su.code = $2
         LEFT JOIN stream st ON st.level_id = l.id AND st.code = $6
         WHERE l.code = ANY($1)
         ON CONFLICT DO NOTHING`,
        [levels, r.subject_code, r.exam, r.coefficient === '' ? null : Number(r.coefficient), r.source_id, r.stream || null],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('TRUNCATE subject_coefficient, subject, stream, level, province, region CASCADE');
  }
}
