import { describe, expect, it } from 'vitest';
import { NEED_CATEGORIES } from './model.ts';
import { NEED_TAXONOMY, resolveNeed, serviceMeetsNeed } from './taxonomy.ts';

const id = (text: string) => resolveNeed(text)?.id ?? null;

describe('the need taxonomy', () => {
  it('has every category once, with stable, unique ids', () => {
    const ids = NEED_TAXONOMY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const category of NEED_CATEGORIES) expect(ids).toContain(category);
  });

  it('maps German and English words to the taxonomy', () => {
    expect(id('Schulden')).toBe('debt_counselling');
    expect(id('schwanger')).toBe('pregnancy_counselling');
    expect(id('Sucht')).toBe('addiction_counselling');
    expect(id('Aufenthaltserlaubnis')).toBe('residence_matters/residence_permit');
    expect(id('debts')).toBe('debt_counselling');
    expect(id('pregnant')).toBe('pregnancy_counselling');
    expect(id('residence permit')).toBe('residence_matters/residence_permit');
    // Case, umlauts and compounds.
    expect(id('SCHULDNERBERATUNGSSTELLE')).toBe('debt_counselling');
    expect(id('Einbuergerung')).toBe('residence_matters/naturalisation');
    expect(id('Ausländerbehörde')).toBe('residence_matters');
    expect(id('Sie braucht einen Deutschkurs')).toBe('language_course');
    expect(id('Familiennachzug')).toBe('residence_matters/family_reunification');
  });

  it('accepts ids and refuses words that name nothing', () => {
    expect(id('tenancy_advice')).toBe('tenancy_advice');
    expect(id('migration_counselling/jmd')).toBe('migration_counselling/jmd');
    expect(id('xyz')).toBeNull();
    expect(id('   ')).toBeNull();
    // Too short to stand for a need unless it is the whole word.
    expect(id('Sch')).toBeNull();
  });

  it('a category includes its sub-categories; a sub-category only itself', () => {
    const residence = resolveNeed('residence_matters')!;
    const permit = resolveNeed('residence_matters/residence_permit')!;
    const service = (subcategory: string) => ({ category: 'residence_matters', subcategory });
    expect(serviceMeetsNeed(residence, service('naturalisation'))).toBe(true);
    expect(serviceMeetsNeed(residence, service(''))).toBe(true);
    expect(serviceMeetsNeed(permit, service('residence_permit'))).toBe(true);
    expect(serviceMeetsNeed(permit, service('naturalisation'))).toBe(false);
    expect(serviceMeetsNeed(permit, { category: 'debt_counselling', subcategory: 'residence_permit' })).toBe(
      false,
    );
  });
});
