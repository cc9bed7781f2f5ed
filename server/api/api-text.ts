/** The API's pt-BR texts (prompts/api.md): error messages and route descriptions. */
import { say, type TemplateValues } from '../../prompts/catalog.ts';

export const apiText = (key: string, values: TemplateValues = {}) => say('api.md', key, values);
