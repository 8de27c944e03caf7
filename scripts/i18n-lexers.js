const { EventEmitter } = require('node:events');

/** Finds `%plugin__sail-console-plugin~Key%` strings in console-extensions.json. */
class ConsoleExtensionsLexer extends EventEmitter {
  extract(content) {
    const keys = [];
    JSON.parse(content, (_name, value) => {
      const match = typeof value === 'string' ? /^%(.+)%$/.exec(value) : null;
      if (match) {
        const [namespace, key] = match[1].split('~');
        keys.push(key === undefined ? { key: namespace } : { key, namespace });
      }
      return value;
    });
    return keys;
  }
}

module.exports = { ConsoleExtensionsLexer };
