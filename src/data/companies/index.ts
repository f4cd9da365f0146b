// Barrel of the company gazetteer files in this folder, so that vite (extension) and tsx (CLI, scripts) bundle the
// same data without import.meta.glob. Keep in sync: test/entities/barrel.test.ts fails, printing the expected
// content of this file, when a JSON file here is not listed.
import type { CompanyEntry } from '../schema';
import f_atx from './atx.json';
import f_dax from './dax.json';
import f_eurostoxx50 from './eurostoxx50.json';
import f_extra from './extra.json';
import f_ftse100 from './ftse100.json';
import f_global from './global.json';
import f_mdax from './mdax.json';
import f_nasdaq100 from './nasdaq100.json';
import f_private from './private.json';
import f_sdax from './sdax.json';
import f_smi from './smi.json';
import f_sp500 from './sp500.json';
import f_tecdax from './tecdax.json';

export const companyFiles: CompanyEntry[][] = [f_atx, f_dax, f_eurostoxx50, f_extra, f_ftse100, f_global, f_mdax, f_nasdaq100, f_private, f_sdax, f_smi, f_sp500, f_tecdax] as CompanyEntry[][];
