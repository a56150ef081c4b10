-- Meridian Goods: schema of the embedded ERP (SQLite).
-- Documented table by table in README.md. Fixture rows live in the other *.sql files of this
-- folder, applied after this file in name order.
--
-- Conventions: dates are ISO 8601 text ('2026-11-20'); placed_at and contacted_at are ISO 8601
-- date-times with the UTC offset of the market's local time ('2026-11-20T09:12:00+00:00');
-- amounts are plain decimals in the order's currency (79.98, 5480, 890000), never formatted.

PRAGMA foreign_keys = ON;

CREATE TABLE customers (
    id        INTEGER PRIMARY KEY,
    name      TEXT    NOT NULL,
    email     TEXT    NOT NULL UNIQUE,
    market    TEXT    NOT NULL CHECK (market IN ('US','GB','DE','FR','ES','IT','NL','PL',
                                                 'MX','JP','TH','VN','ID','MY','PH','SG')),
    language  TEXT    NOT NULL CHECK (language IN ('en','de','fr','es','it','nl','pl','ja',
                                                   'th','vi','id','ms','fil','zh')),
    vip       INTEGER NOT NULL DEFAULT 0 CHECK (vip IN (0, 1))
);

CREATE TABLE orders (
    number          TEXT    PRIMARY KEY
                    CHECK (number GLOB 'MG[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
    market          TEXT    NOT NULL CHECK (market IN ('US','GB','DE','FR','ES','IT','NL','PL',
                                                       'MX','JP','TH','VN','ID','MY','PH','SG')),
    customer_id     INTEGER NOT NULL REFERENCES customers (id),
    status          TEXT    NOT NULL CHECK (status IN (
                        'processing',          -- placed, not dispatched yet: can still be cancelled or changed
                        'awaiting_payment',    -- placed, payment outstanding (e.g. konbini payment)
                        'shipped',             -- dispatched, on its way
                        'delayed',             -- dispatched, later than expected (carrier problem, investigation)
                        'held_at_customs',     -- dispatched, waiting for customs clearance
                        'delivered',           -- delivered to the customer
                        'return_requested',    -- the customer started a return; the item is not back yet
                        'returned',            -- the return arrived and the refund has been issued
                        'refund_in_progress',  -- the return arrived; the refund is being processed
                        'cancelled')),         -- cancelled before dispatch
    currency        TEXT    NOT NULL CHECK (currency IN ('USD','GBP','EUR','PLN','MXN','JPY',
                                                         'THB','VND','IDR','MYR','PHP','SGD')),
    total           NUMERIC NOT NULL CHECK (total >= 0),
    placed_at       TEXT    NOT NULL,
    payment_method  TEXT    NOT NULL CHECK (payment_method IN (
                        'visa','mastercard','amex','credit_card','carte_bancaire',
                        'paypal','apple_pay','klarna','clearpay','alma','scalapay',
                        'sepa_direct_debit','ideal','blik','przelewy24','bizum','satispay',
                        'oxxo_pay','mercado_pago','konbini','paypay',
                        'promptpay','truemoney','momo','zalopay','gopay','ovo','dana',
                        'virtual_account','fpx','touch_n_go','grabpay','gcash','maya','paynow',
                        'cod')),
    note            TEXT
);

CREATE TABLE order_items (
    order_number  TEXT    NOT NULL REFERENCES orders (number),
    sku           TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    unit_price    NUMERIC NOT NULL CHECK (unit_price >= 0),
    PRIMARY KEY (order_number, sku)
);

CREATE TABLE shipments (
    order_number  TEXT NOT NULL REFERENCES orders (number),
    carrier       TEXT NOT NULL,
    tracking      TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN (
                      'label_created',       -- label printed, not yet handed to the carrier
                      'in_transit',
                      'out_for_delivery',
                      'delivered',
                      'delayed',             -- late; see note (e.g. lost-in-transit investigation)
                      'held_at_customs',
                      'returned_to_sender')),
    shipped_on    TEXT,                      -- dispatch date
    eta           TEXT,                      -- expected delivery date, when the carrier gives one
    delivered_on  TEXT,
    note          TEXT,
    pickup_point  TEXT,                      -- the pickup point or parcel locker it goes to instead of the door
    PRIMARY KEY (order_number, tracking),
    CHECK (status <> 'delivered' OR delivered_on IS NOT NULL)
);

CREATE TABLE returns (
    order_number   TEXT NOT NULL PRIMARY KEY REFERENCES orders (number),
    status         TEXT NOT NULL CHECK (status IN (
                       'requested',         -- return registered, no label yet
                       'label_sent',        -- prepaid label or drop-off code sent to the customer
                       'in_transit',        -- the parcel is on its way back
                       'received',          -- the return arrived at the warehouse
                       'rejected')),        -- not accepted (e.g. used or outside the window); see note
    requested_on   TEXT NOT NULL,
    label_sent_on  TEXT,
    received_on    TEXT,
    note           TEXT,
    CHECK (status <> 'received' OR received_on IS NOT NULL)
);

CREATE TABLE refunds (
    order_number  TEXT    NOT NULL REFERENCES orders (number),
    amount        NUMERIC NOT NULL CHECK (amount > 0),
    currency      TEXT    NOT NULL CHECK (currency IN ('USD','GBP','EUR','PLN','MXN','JPY',
                                                       'THB','VND','IDR','MYR','PHP','SGD')),
    status        TEXT    NOT NULL CHECK (status IN ('pending', 'issued')),
    issued_on     TEXT,                     -- set when issued
    due_by        TEXT,                     -- latest date the refund is due, while pending
    method        TEXT    NOT NULL,         -- a payment_method code, or 'bank_transfer' (cash-on-delivery orders)
    CHECK (status <> 'issued' OR issued_on IS NOT NULL)
);

CREATE TABLE contacts (
    order_number  TEXT    NOT NULL REFERENCES orders (number),
    contacted_at  TEXT    NOT NULL,
    channel       TEXT    NOT NULL CHECK (channel IN ('assistant', 'chat', 'email', 'phone')),
    topic         TEXT    NOT NULL,         -- an intent id (kb/intents/taxonomy.yaml)
    resolved      INTEGER NOT NULL CHECK (resolved IN (0, 1))
);

CREATE INDEX orders_customer ON orders (customer_id);
CREATE INDEX refunds_order ON refunds (order_number);
CREATE INDEX contacts_order ON contacts (order_number);
