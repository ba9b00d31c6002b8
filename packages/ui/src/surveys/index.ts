/** Survey pieces shared by HQ's results and the station's own scores. */

export { default as SurveyScoreColumns } from './SurveyScoreColumns.vue'
