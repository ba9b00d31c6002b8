/**
 * Repairs of Element Plus's own markup that screen readers stumble on (axe-core finds each):
 * - its autocomplete points `aria-activedescendant` at an option id while no option exists (`…-item--1`
 *   before anything is highlighted) — such a reference is removed; a real one stays;
 * - the page-size select and the page-jump input of a pagination have no label — they get one;
 * - an autocomplete whose suggestions went away can leave its listbox shown with no option in it (a list
 *   of nothing, axe: aria-required-children) — it is hidden from assistive technology until options return.
 */
const ACTIVE = 'aria-activedescendant'

export type PaginationLabels = { pageSize: () => string; goToPage: () => string }

function clearIfDangling(el: Element) {
  const id = el.getAttribute(ACTIVE)
  if (id && !document.getElementById(id)) el.removeAttribute(ACTIVE)
}

function labelPagination(root: HTMLElement, labels: PaginationLabels) {
  for (const el of root.querySelectorAll('.el-pagination__sizes input:not([aria-label])'))
    el.setAttribute('aria-label', labels.pageSize())
  for (const el of root.querySelectorAll('.el-pagination__jump input:not([aria-label])'))
    el.setAttribute('aria-label', labels.goToPage())
}

const EMPTIED = 'data-asq-empty-listbox'

function hideEmptyListboxes(root: HTMLElement) {
  for (const box of root.querySelectorAll('[role="listbox"]')) {
    const empty = !box.querySelector('[role="option"]')
    if (empty && box.getAttribute('aria-hidden') === 'false') {
      box.setAttribute('aria-hidden', 'true')
      box.setAttribute(EMPTIED, '')
    } else if (!empty && box.hasAttribute(EMPTIED)) {
      box.setAttribute('aria-hidden', 'false')
      box.removeAttribute(EMPTIED)
    }
  }
}

export function repairElementAria(labels: PaginationLabels, root: HTMLElement = document.body): () => void {
  for (const el of root.querySelectorAll(`[${ACTIVE}]`)) clearIfDangling(el)
  labelPagination(root, labels)
  hideEmptyListboxes(root)
  const observer = new MutationObserver((records) => {
    let changed = false
    for (const r of records) {
      if (r.attributeName === ACTIVE && r.target instanceof Element) clearIfDangling(r.target)
      else changed = true
    }
    if (changed) {
      labelPagination(root, labels)
      hideEmptyListboxes(root)
    }
  })
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: [ACTIVE, 'aria-hidden'],
  })
  return () => observer.disconnect()
}
