import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import type { Diagnostic, UnknownKeyMode } from '../../domain/schema/types';

export type ValuesEditorProps = {
  /** For `<label htmlFor>`. */
  id?: string;
  /** YAML text of the values object (may be '' or invalid). */
  value: string;
  onChange: (text: string) => void;
  /** IstioModel or EarlyIstioModel: which CRD's schema guides. */
  model: K8sModel;
  /** rawValues: plain editor + a banner "not validated". */
  field?: 'values' | 'rawValues';
  /** For rules on `.spec`. */
  specContext?: { namespace?: string; version?: string; profile?: string };
  readOnly?: boolean;
  /** Server-side errors (dry-run) mapped to values paths; shown as markers + hints with the client ones. */
  externalDiagnostics?: Diagnostic[];
  /** The client-side diagnostics, each time they are recomputed. */
  onDiagnostics?: (diagnostics: Diagnostic[]) => void;
  height?: string;
  /** How unknown keys are reported at first; the hints panel has a switch. Default 'warn'. */
  defaultUnknownKeys?: UnknownKeyMode;
  /** Accessible name of the editor; default "Helm values (YAML)". */
  ariaLabel?: string;
};
