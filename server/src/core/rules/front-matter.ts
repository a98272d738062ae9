/** Front matter that is not valid YAML: OnRecord cannot read its settings (onrecord: false, bibliography). */
import { LineIndex } from '../text';
import { frontMatterErrorLine } from '../textmodel';
import { finding, type DocumentRule } from './types';

export const rule: DocumentRule = {
  id: 'front-matter',
  severity: 'warning',
  summary: "The draft's front matter is not valid YAML.",
  help: "The YAML block between the --- lines at the top of the draft cannot be read, so OnRecord ignores it, onrecord: false and bibliography: included. The message gives the parser's reason; fix the line it marks.",
  phase: 'document',
  check({ text, model }) {
    if (!model.frontMatterError) return [];
    // the whole line of the first YAML error
    const index = new LineIndex(text);
    const line = frontMatterErrorLine(text);
    const start = index.offsetAt({ line, character: 0 });
    let end = Math.max(start, index.offsetAt({ line: line + 1, character: 0 }) - 1);
    if (text.charCodeAt(end - 1) === 13) end--;
    return [
      finding(
        rule,
        { start, end },
        `The front matter is not valid YAML (${model.frontMatterError}); OnRecord ignores it.`,
      ),
    ];
  },
};
