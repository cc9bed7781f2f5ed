/**
 * An API answer that is not a success: an HTTP status and a pt-BR message (from prompts/api.md), with
 * optional detail such as the importer's report. The API's error handler turns it into JSON.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly detail?: Record<string, unknown>,
  ) {
    super(message);
  }
}
