export { openDataUrl, saveBase64, saveBlob, saveText } from './download'
