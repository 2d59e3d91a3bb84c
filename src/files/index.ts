/**
 * Reading packs and data from files (Node only): the YAML reader with positions, YAML files
 * validated with a schema, and a pack folder (`pack.yaml` plus fragment files). Shared by the CLI
 * and the data build.
 *
 * @packageDocumentation
 */
export { parseYaml, MAX_YAML_CHARS, type ParsedDocument } from './yaml.js';
export { loadYaml, yamlFiles, type LoadedFile } from './load.js';
export { loadPackDir, type LoadedPack } from './pack-dir.js';
