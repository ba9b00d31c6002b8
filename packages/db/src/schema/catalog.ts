import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { customers, organisations } from './identity'

export const productLines = pgTable('product_lines', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
})

/** A customer's unit (vehicle): what complaints, warranty and repairs are about. */
export const vehicles = pgTable(
  'vehicles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    vin: text('vin').notNull().unique(),
    productLineId: uuid('product_line_id')
      .notNull()
      .references(() => productLines.id),
    model: text('model').notNull(),
    purchaseDate: date('purchase_date', { mode: 'string' }).notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    sellingDealerId: uuid('selling_dealer_id').references(() => organisations.id),
    mileageKm: integer('mileage_km').notNull().default(0),
    /** The licence plate as registered (京A12345, 沪AD12345 for a new-energy car); unknown before it is. */
    plate: text('plate'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('vehicles_customer_idx').on(t.customerId)],
)
