import type { FormField } from './formState';
import type { YamlProblemCode } from './yamlDraft';

export type FormProblemCode =
  'required' | 'dns-label' | 'too-long' | 'not-a-whole-number' | YamlProblemCode;

/** Something wrong with the draft found before asking the server; pages translate by `code`. */
export type FormProblem = {
  field: FormField;
  code: FormProblemCode;
  /** Parser text, for YAML problems. */
  message?: string;
  line?: number;
};
