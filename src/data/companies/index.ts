// Barrel of the company gazetteer files in this folder, so that vite (extension) and tsx (CLI, scripts) bundle the
// same data without import.meta.glob. Keep in sync: test/entities/barrel.test.ts fails, printing the expected
// content of this file, when a JSON file here is not listed.
import type { CompanyEntry } from '../schema';

export const companyFiles: CompanyEntry[][] = [];
