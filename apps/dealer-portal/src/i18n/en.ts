import { kpiCommonEn, learningCommonEn, liaisonErrorsEn } from '@asq/ui'
import { actionsEn } from '../views/actions/messages'
import { complaintsEn } from '../views/complaints/messages'
import { examsEn } from '../views/exams/messages'
import { feesEn } from '../views/fees/messages'
import { liaisonEn } from '../views/liaison/messages'
import { noticesEn } from '../views/notices/messages'
import { reimbursementEn } from '../views/reimbursement/messages'
import { surveysEn } from '../views/surveys/messages'
import type { zhCN } from './zh-CN'

export const en: typeof zhCN = {
  exams: examsEn,
  learning: learningCommonEn,
  notices: noticesEn,
  liaison: liaisonEn,
  errors: liaisonErrorsEn,
  kpiCommon: kpiCommonEn,
  surveys: surveysEn,
  complaints: complaintsEn,
  fees: feesEn,
  reimbursement: reimbursementEn,
  actions: actionsEn,
  app: {
    title: 'Service Station Portal',
    loginTitle: 'Service Station Portal — Sign in',
    loginSubtitle: 'Dealer and service-station staff sign in with username and password',
  },
  menu: {
    home: 'Home',
    scorecard: 'Scorecard',
    staff: 'Station staff',
    surveys: 'Satisfaction',
    hours: 'Opening hours',
  },
  hours: {
    title: 'Our opening hours',
    subtitle:
      "Set by HQ; this station's response and completion clocks count only these hours (Beijing time); holidays follow HQ's calendar",
    inherited: 'HQ has not set hours of our own: HQ’s opening hours apply',
    closures: 'Extra closed days:',
    failed: 'Could not load the opening hours',
  },
  home: {
    welcome: 'Hello, {name}',
    workbench: 'To do',
    overdue: 'Overdue complaints of this station',
    followUps: 'Complaints waiting for a follow-up call',
    claim: 'Warranty claim for {period}',
    claimNone: 'Not started',
    claimDeadline: 'Submit by {at} (Beijing time)',
    surveyTasks: 'Open survey follow-up tasks',
  },
  staff: {
    title: 'Station staff',
    subtitle: 'Accounts of your station; new accounts always belong to it',
    searchPlaceholder: 'Search username or name',
  },
}
