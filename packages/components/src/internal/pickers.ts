import type { Building, Category } from '@huying/sdk';
import { html } from 'lit';

/** A category as a suggestion: its own name, the two levels above it small. */
export const categoryOption = (category: Category) => html`${category.level3}<small>${category.level1} › ${category.level2}</small>`;

/** A building as a suggestion: its name, its address small. */
export const buildingOption = (building: Pick<Building, 'name' | 'address'>) => html`${building.name}<small>${building.address}</small>`;

/**
 * The categories whose levels together contain every word typed (case-insensitive), at most
 * `limit` of them; the whole taxonomy is a few hundred entries, filtered on the page.
 */
export function categoriesMatching(categories: readonly Category[], typed: string, limit = 8): Category[] {
  const words = typed.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return categories
    .filter((category) => {
      const text = `${category.level1} ${category.level2} ${category.level3}`.toLowerCase();
      return words.every((word) => text.includes(word));
    })
    .slice(0, limit);
}
