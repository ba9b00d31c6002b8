/** 8D pieces shared by the supplier portal and the HQ admin. */
export { default as EightdStepNav } from './EightdStepNav.vue'
