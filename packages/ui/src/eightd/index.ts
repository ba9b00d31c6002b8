/** 8D pieces shared by the supplier portal and the HQ admin. */
export { downloadBase64, openDataUrl } from './download'
export { default as EightdStepNav } from './EightdStepNav.vue'
