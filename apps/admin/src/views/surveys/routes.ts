import { asTab, page, section } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/** HQ's survey screens: results, templates and their builder, campaigns, settings. */
export const surveyRoutes: RouteRecordRaw[] = [
  section('surveys', { roles: ['hq_admin', 'hq_service', 'hq_quality'], tabs: 'surveys.tabs' }, [
    page('', 'surveys', () => import('./SurveyResultsPage.vue'), asTab('results')),
    page('templates', 'survey-templates', () => import('./TemplatesPage.vue'), asTab('templates')),
    page('templates/new', 'survey-template-new', () => import('./TemplateBuilderPage.vue')),
    page('templates/:id', 'survey-template', () => import('./TemplateBuilderPage.vue')),
    page('campaigns', 'survey-campaigns', () => import('./SurveyCampaignsPage.vue'), asTab('campaigns')),
    page('settings', 'survey-settings', () => import('./SurveySettingsPage.vue'), asTab('settings')),
  ]),
]
