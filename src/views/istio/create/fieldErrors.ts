import type { FormField } from './formState';
import type { FieldMessage } from './mapServerErrors';
import type { FormProblem } from './problems';

export type FieldErrors = Partial<Record<FormField, string[]>>;

/** Client problems (translated by `describe`) and server messages, grouped by field, no repeats. */
export const collectFieldErrors = (
  problems: FormProblem[],
  describe: (problem: FormProblem) => string,
  serverMessages: FieldMessage[] = [],
): FieldErrors => {
  const errors: FieldErrors = {};
  const add = (field: FormField, message: string) => {
    const list = (errors[field] ??= []);
    if (!list.includes(message)) list.push(message);
  };
  for (const problem of problems) add(problem.field, describe(problem));
  for (const { field, message } of serverMessages) add(field, message);
  return errors;
};
