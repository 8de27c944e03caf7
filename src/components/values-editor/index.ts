export { ValuesEditor } from './ValuesEditor';
export type { ValuesEditorProps } from './types';
