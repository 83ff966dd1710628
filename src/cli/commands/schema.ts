import { Command } from '@commander-js/extra-typings';
import { agreementJsonSchemaText } from '../../index.js';
import { examples, type Shell } from '../shell.js';

export function schemaCommand(shell: Shell) {
  return new Command('schema')
    .description('print the JSON Schema of agreement definition files (the shape; gsomia validate checks the rest)')
    .addHelpText('after', examples('gsomia schema > agreement.schema.json', 'gsomia schema | jq .properties.termination'))
    .action(async () => {
      // zod is loaded only here and for user files (inside the library's async functions).
      shell.out(await agreementJsonSchemaText());
    });
}
