import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { MalformedSourceError, type ParsedDocument } from './document.js';
import { parseServiceGuide } from './guide-parser.js';
import { parsePolicyFile, sha256 } from './policy-parser.js';

/**
 * The knowledge-base sources in a data folder: `policies/**\/*.md` and
 * `service-guides/guides.jsonl` (the layout of ../shared/data). A folder that holds Markdown
 * files directly is read as a policy folder itself, so a subset can be imported on its own.
 */
export interface CorpusSource {
  /** The key a document is recognised by across imports. */
  key: string;
  contentHash: string;
  parse(): ParsedDocument;
}

/** Files the corpus keeps beside its documents: folder markers, its README and its authoring template. */
const notDocuments = new Set(['_index.md', 'README.md', '法律法规模版.md']);

function markdownFiles(folder: string): string[] {
  const found: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.md') && !notDocuments.has(entry.name)) found.push(path);
    }
  };
  walk(folder);
  return found.sort();
}

/**
 * What `huying seed` imports for the demo city (Zhaoyuan, Shandong), about half the corpus: the
 * national laws, regulations, rules and cases, Shandong's local regulations and the service
 * guides. Other provinces' local regulations (which do not apply in Shandong) and the judicial
 * interpretations (written for courts) come with `huying kb import`. docs/knowledge-base.md has
 * the timings behind the choice.
 */
export const demoSubset = (key: string) =>
  key.startsWith('DLC/') ? key.startsWith('DLC/山东地方法规/') : !key.startsWith('司法解释/');

export interface CorpusOptions {
  /** Leave out the service guides (or the policies). */
  policies?: boolean;
  guides?: boolean;
  /** Only policy files whose corpus path passes (e.g. the demo subset). */
  includePolicy?: (relativePath: string) => boolean;
}

/** Lists the sources without parsing them; each parses on demand, so a malformed one fails alone. */
export function readCorpus(dataDir: string, options: CorpusOptions = {}): CorpusSource[] {
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) throw new Error(`${dataDir} is not a folder`);
  const sources: CorpusSource[] = [];
  const policyFolder = existsSync(join(dataDir, 'policies')) ? join(dataDir, 'policies') : dataDir;
  if (options.policies !== false) {
    for (const path of markdownFiles(policyFolder)) {
      const key = relative(policyFolder, path).split(sep).join('/');
      if (options.includePolicy && !options.includePolicy(key)) continue;
      const bytes = readFileSync(path);
      const contentHash = sha256(bytes);
      // The hash of the bytes, not of the decoded text: a stray invalid byte must not make an
      // unchanged file look changed on every run.
      sources.push({ key, contentHash, parse: () => ({ ...parsePolicyFile(key, bytes.toString('utf8')), contentHash }) });
    }
  }
  const guidesFile = join(dataDir, 'service-guides', 'guides.jsonl');
  if (options.guides !== false && existsSync(guidesFile)) {
    readFileSync(guidesFile, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (!line.trim()) return;
        // The key needs the task code, which needs the JSON; a line that is not JSON keeps its line number.
        const code = /"TASK_CODE"\s*:\s*"([^"]+)"/.exec(line)?.[1];
        sources.push({
          key: code ? `guides/${code}` : `guides.jsonl:${index + 1}`,
          contentHash: sha256(line),
          parse: () => parseServiceGuide(line, index + 1),
        });
      });
  }
  return sources;
}

export { MalformedSourceError };
