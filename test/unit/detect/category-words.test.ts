/**
 * The complaint category or subcategory that names the scenario: a retroactive disenrollment
 * (SOP G) or an enrollment exception (SOP H), and how the reason names the field.
 *
 * The module is imported afresh inside each test (not at the top of the file), so that its
 * patterns, which are built at import, are built under the test that checks them.
 */
import { describe, expect, it, vi } from 'vitest';
import type { CaseFacts } from '../../../lib/case';

async function freshCategories() {
  vi.resetModules();
  return import('../../../lib/detect/categories');
}

const facts = (category?: string, subcategory?: string): CaseFacts => ({ complaintId: '100234', category, subcategory });

const RD_CATEGORIES = [
  'Retroactive Disenrollment',
  'Retro Disenrollment',
  'Retro-Disenrollment',
  'RetroDisenrollment',
  'Retro - Disenrollment',
  'Retroactive Dis-enrollment',
  'Retroactive Dis enrollment',
  'Retroactive Disenrolment',
  'Retroactive Disenrollments',
  'Retro Disenroll',
  'Retro Disenrolls',
  'RD',
  'RDs',
  'RD Request',
];

const EE_CATEGORIES = ['Enrollment Exception', 'Enrolment Exception', 'Enrollment Exceptions', 'Enrollment exception request', 'EE'];

const NEITHER = [
  'Retroactive Enrollment',
  'Disenrollment',
  'Enrollment/Disenrollment',
  'Enrollment',
  'Exception',
  'Pricing/Co-Insurance',
  'Card not received',
  'Premium Fee',
  'Third Party',
];

describe('SOP G: a category or subcategory that is a retroactive disenrollment', () => {
  it.each(RD_CATEGORIES)('reads the category "%s" as an RD', async (category) => {
    const { rdCategory } = await freshCategories();
    expect(rdCategory(facts(category))).toEqual({ field: 'Category', value: category });
    expect(rdCategory(facts(category.toUpperCase()))).toEqual({ field: 'Category', value: category.toUpperCase() });
    expect(rdCategory(facts(category.toLowerCase()))).toEqual({ field: 'Category', value: category.toLowerCase() });
  });

  // "Dis enrollment" is left out: its one optional space or hyphen allows no more.
  it.each(RD_CATEGORIES.filter((category) => !category.includes('Dis ')))('reads "%s" with double spaces as an RD', async (category) => {
    const { rdCategory } = await freshCategories();
    expect(rdCategory(facts(category.replaceAll(' ', '  ')))?.field).toBe('Category');
  });

  it.each([...NEITHER, ...EE_CATEGORIES])('reads no RD in the category "%s"', async (category) => {
    const { rdCategory } = await freshCategories();
    expect(rdCategory(facts(category))).toBeUndefined();
  });
});

describe('SOP H: a category or subcategory that is an enrollment exception', () => {
  it.each(EE_CATEGORIES)('reads the category "%s" as an EE', async (category) => {
    const { enrollmentExceptionCategory } = await freshCategories();
    expect(enrollmentExceptionCategory(facts(category))).toEqual({ field: 'Category', value: category });
    expect(enrollmentExceptionCategory(facts(category.toLowerCase()))?.field).toBe('Category');
    expect(enrollmentExceptionCategory(facts(category.replaceAll(' ', '  ')))?.field).toBe('Category');
    expect(enrollmentExceptionCategory(facts(category.replaceAll(' ', '\n')))?.field).toBe('Category');
  });

  it.each([...NEITHER, ...RD_CATEGORIES])('reads no EE in the category "%s"', async (category) => {
    const { enrollmentExceptionCategory } = await freshCategories();
    expect(enrollmentExceptionCategory(facts(category))).toBeUndefined();
  });
});

describe('which field says it (SOP G, H)', () => {
  it('the Category, when both fields say it', async () => {
    const { rdCategory, enrollmentExceptionCategory } = await freshCategories();
    expect(rdCategory(facts('Retroactive Disenrollment', 'RD'))).toEqual({ field: 'Category', value: 'Retroactive Disenrollment' });
    expect(enrollmentExceptionCategory(facts('Enrollment Exception', 'EE'))).toEqual({ field: 'Category', value: 'Enrollment Exception' });
  });

  it('the Subcategory, when the Category says something else or is blank', async () => {
    const { rdCategory, enrollmentExceptionCategory } = await freshCategories();
    expect(rdCategory(facts('Enrollment/Disenrollment', 'RD'))).toEqual({ field: 'Subcategory', value: 'RD' });
    expect(rdCategory(facts(undefined, 'Retroactive Disenrollment'))).toEqual({ field: 'Subcategory', value: 'Retroactive Disenrollment' });
    expect(enrollmentExceptionCategory(facts('Enrollment/Disenrollment', 'EE'))).toEqual({ field: 'Subcategory', value: 'EE' });
    expect(enrollmentExceptionCategory(facts('', 'Enrollment Exception'))).toEqual({ field: 'Subcategory', value: 'Enrollment Exception' });
  });

  it('neither, when no field says it or both are blank', async () => {
    const { rdCategory, enrollmentExceptionCategory } = await freshCategories();
    expect(rdCategory(facts('Enrollment/Disenrollment', 'Pricing'))).toBeUndefined();
    expect(rdCategory(facts())).toBeUndefined();
    expect(enrollmentExceptionCategory(facts('Enrollment/Disenrollment', 'Pricing'))).toBeUndefined();
    expect(enrollmentExceptionCategory(facts('', ''))).toBeUndefined();
  });

  it('the reason names the field and quotes its value', async () => {
    const { describe: describeHit } = await freshCategories();
    expect(describeHit({ field: 'Category', value: 'Retroactive Disenrollment' })).toBe('Category is "Retroactive Disenrollment"');
    expect(describeHit({ field: 'Subcategory', value: 'EE' })).toBe('Subcategory is "EE"');
  });
});
