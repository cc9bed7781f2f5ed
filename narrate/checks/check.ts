/** One check made on a text before anyone reads it: whose text, which check, whether it passed, why not. */
export interface Check {
  /** The LLM's text, or the template's (checked too: a template must only state facts). */
  of: 'llm' | 'template';
  /** "response" is the LLM answering at all (time limit, 429, 5xx). */
  name: 'response' | 'numbers' | 'names' | 'length';
  passed: boolean;
  /** pt-BR, for the owner and the LLM interactions log: what failed. */
  detail?: string;
}
