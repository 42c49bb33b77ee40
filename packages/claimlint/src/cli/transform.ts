/**
 * `configTransform` for unified-engine: a checked claimlint configuration becomes the plugins of
 * one file's processor (the preset with its rules, packs and the run's corpus, message control with
 * the ignored phrases, and the per-run plugin). Used for found configuration files and, with an
 * empty configuration, when there is none.
 */
import type {Preset} from 'unified-engine'
import retextPresetClaimlint from 'retext-preset-claimlint'
import type {Corpus} from 'retext-claim-contradiction'
import claimlintControl from '../control.js'
import claimlintParse from '../parse.js'
import {checkConfig, type Config} from './config.js'

export function toPreset(config: Config, corpus: Corpus, run: (...args: any[]) => unknown, flagMaxSize?: number): Preset {
  // `--max-size` wins over the configuration file's `maxSize`; either reconfigures the parser.
  const maxSize = flagMaxSize ?? config.maxSize
  return {
    plugins: [
      ...(maxSize === undefined ? [] : [[claimlintParse, {maxSize}]]),
      [retextPresetClaimlint, {rules: config.rules, packs: config.packs, corpus}],
      [claimlintControl, {ignore: config.ignore}],
      [run, {}]
    ]
  } as Preset
}

export function createConfigTransform(corpus: Corpus, run: (...args: any[]) => unknown, flagMaxSize?: number) {
  return function configTransform(raw: unknown, filePath: string): Preset {
    return toPreset(checkConfig(raw, filePath), corpus, run, flagMaxSize)
  }
}
