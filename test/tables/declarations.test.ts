// Every published table is declared once, whole: a table that lacks a part (a secrecy rule, a
// sheet, a headline, a dashboard section, its SQL model or its slides) is refused, at compile time
// where the type can say it, and by these checks where only the files can.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deckPlaces, declarationProblems, defineTable, TABLE_DECLARATIONS, TABLE_NAMES, type TableDeclaration } from '../../core';
import { loadTableSlides } from '../../reports/deck';

const ROOT = path.resolve(import.meta.dirname, '../..');
const remunerations = TABLE_DECLARATIONS.find((declaration) => declaration.name === 'remunerations')!;

describe('the table declarations', () => {
  it('declare every part of every table', () => {
    expect(TABLE_DECLARATIONS.flatMap((declaration) => declarationProblems(declaration))).toEqual([]);
  });

  it('give each table its own worksheet', () => {
    const sheets = TABLE_DECLARATIONS.map((declaration) => declaration.sheet);
    expect(new Set(sheets).size).toBe(sheets.length);
  });

  it.each([
    ['secrecy', 'règle de secret statistique manquante'],
    ['sheet', 'nom de feuille manquant'],
    ['headline', 'modèle de phrase d’accroche manquant'],
    ['section', 'rubrique du tableau de bord manquante'],
  ])('refuse a table without its %s', (part, problem) => {
    const lacking = { ...remunerations, [part]: undefined } as unknown as TableDeclaration;
    expect(declarationProblems(lacking).join(' ; ')).toContain(problem);
    expect(() => defineTable(lacking)).toThrow(problem);
  });

  it('refuse a « public » table that does not say why', () => {
    expect(declarationProblems({ ...remunerations, secrecy: { public: '' } })).toEqual([
      'tableau remunerations : règle de secret statistique manquante (une règle, ou « public » avec sa raison)',
    ]);
  });

  it('refuse a table both « public » and under a rule: secrecy fails closed', () => {
    const both = { ...remunerations, secrecy: { ...remunerations.secrecy, public: 'oops' } } as unknown as TableDeclaration;
    expect(declarationProblems(both)).toEqual(['tableau remunerations : secret statistique à la fois « public » et soumis à une règle']);
    expect(declarationProblems({ ...remunerations, secrecy: { public: '  ' } })).toHaveLength(1);
  });

  it('do not compile without a secrecy rule', () => {
    const { secrecy: _, ...rest } = remunerations;
    // @ts-expect-error secrecy is required: a table without a rule does not compile.
    expect(() => defineTable({ ...rest })).toThrow('règle de secret statistique manquante');
  });

  it('place every slide of the deck before a declared table', () => {
    const befores = TABLE_DECLARATIONS.flatMap((declaration) => (declaration.deck ?? []).flatMap((place) => (place.before ? [place.before] : [])));
    expect(befores.filter((name) => !(TABLE_NAMES as readonly string[]).includes(name))).toEqual([]);
    // Every table has at least one place, and the deck order keeps the commission's.
    expect(new Set(deckPlaces().map((place) => place.table))).toEqual(new Set(TABLE_NAMES));
    expect(deckPlaces().map((place) => (place.part ? `${place.table}:${place.part}` : place.table))).toEqual([
      'indicateurs_territoriaux:ouverture',
      'adhesions',
      'patientele',
      'remunerations',
      'remunerations_groupes:MSP',
      'indicateurs:MSP',
      'professionnels',
      'msp_profil',
      'cpts_couverture',
      'indicateurs_territoriaux:apres-cpts',
      'cds',
      'cds_effectifs',
      'cds_patientele',
      'remunerations_groupes:CDS',
      'cds_remunerations',
      'indicateurs:CDS',
      'evenements',
      'indicateurs_territoriaux:avant-depistage',
      'depistage',
      'indicateurs_territoriaux:apres-depistage',
      'indicateurs_territoriaux:fin',
    ]);
  });

  it('find each table’s SQL model and slides by its name', async () => {
    const missing = TABLE_NAMES.filter((name) => !existsSync(path.join(ROOT, 'pipeline/model', `${name}.sql`)));
    expect(missing).toEqual([]);
    const slides = await loadTableSlides();
    expect([...slides.keys()].sort()).toEqual([...TABLE_NAMES].sort());
  });
});
