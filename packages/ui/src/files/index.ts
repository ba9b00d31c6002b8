export { openDataUrl, saveBase64, saveBlob, saveText } from './download'
export { default as ExportMenu } from './ExportMenu.vue'
export { default as FileLinks } from './FileLinks.vue'
