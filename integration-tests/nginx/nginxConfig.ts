/** Where the shipped config is run on this machine rather than in the container. */
export type NginxEnvironment = {
  port: number;
  /** Whether ::1 can be bound; without it the IPv6 listen line is dropped. */
  ipv6: boolean;
  certificate: string;
  certificateKey: string;
  root: string;
  mimeTypes: string;
};

type Groups = { indent: string; rest: string; newline: string };

type Substitution = {
  directive: string;
  /** Matches the directive at the start of a line; `rest` keeps its flags (e.g. `ssl`). */
  pattern: RegExp;
  replace: (groups: Groups) => string;
};

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

const substitutions = (env: NginxEnvironment): Substitution[] => [
  {
    directive: 'include …/mime.types;',
    pattern: /^(?<indent>[ \t]*)include[ \t]+\S*mime\.types[ \t]*;/gm,
    replace: ({ indent }) => `${indent}include ${quote(env.mimeTypes)};`,
  },
  {
    directive: 'listen <port> …;',
    pattern: /^(?<indent>[ \t]*)listen[ \t]+\d+\b(?<rest>[^;\n]*);/gm,
    replace: ({ indent, rest }) => `${indent}listen 127.0.0.1:${env.port}${rest};`,
  },
  {
    directive: 'listen [::]:<port> …;',
    pattern: /^(?<indent>[ \t]*)listen[ \t]+\[::\]:\d+\b(?<rest>[^;\n]*);(?<newline>\n?)/gm,
    replace: ({ indent, rest, newline }) =>
      env.ipv6 ? `${indent}listen [::1]:${env.port}${rest};${newline}` : '',
  },
  {
    directive: 'ssl_certificate <file>;',
    pattern: /^(?<indent>[ \t]*)ssl_certificate[ \t]+[^;\n]+;/gm,
    replace: ({ indent }) => `${indent}ssl_certificate ${quote(env.certificate)};`,
  },
  {
    directive: 'ssl_certificate_key <file>;',
    pattern: /^(?<indent>[ \t]*)ssl_certificate_key[ \t]+[^;\n]+;/gm,
    replace: ({ indent }) => `${indent}ssl_certificate_key ${quote(env.certificateKey)};`,
  },
  {
    directive: 'root <dir>;',
    pattern: /^(?<indent>[ \t]*)root[ \t]+[^;\n]+;/gm,
    replace: ({ indent }) => `${indent}root ${quote(env.root)};`,
  },
];

/**
 * The shipped nginx.conf with only its machine-specific directives replaced, so the headers,
 * locations and gzip settings under test are exactly those of the image. Throws when a directive
 * is not found exactly once: an edited config must not leave the test checking something else.
 */
export const adaptNginxConfig = (config: string, env: NginxEnvironment): string =>
  substitutions(env).reduce((adapted, { directive, pattern, replace }) => {
    const matches = [...adapted.matchAll(pattern)];
    if (matches.length !== 1)
      throw new Error(
        `deploy/nginx.conf: expected exactly one \`${directive}\` directive, ` +
          `found ${matches.length}; update integration-tests/nginx/nginxConfig.ts to match`,
      );
    const [match] = matches;
    const groups = { indent: '', rest: '', newline: '', ...match.groups };
    const end = match.index + match[0].length;
    return adapted.slice(0, match.index) + replace(groups) + adapted.slice(end);
  }, config);
