export { parseTitle } from './parseTitle';
export type { Department, ParsedTitle, Seniority, TitleLanguage } from './types';
export { DEPARTMENTS, SENIORITIES } from './types';
