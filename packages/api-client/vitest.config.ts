import { vitestPreset } from '@asq/vitest-config'

export default vitestPreset()
