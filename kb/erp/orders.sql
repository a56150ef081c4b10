-- Meridian Goods: ERP fixture rows (the 22 orders of FACTS.md, "ERP fixture").
-- Applied after schema.sql. The fixture's "today" is 2026-11-20 (kbkit.yaml `today`).
-- Amounts are plain decimals in the order's currency; dates are ISO 8601; placed_at and
-- contacted_at carry the UTC offset of the market's local time.

PRAGMA foreign_keys = ON;

INSERT INTO customers (id, name, email, market, language, vip) VALUES
    ( 1, 'Emily Carter',     'emily.carter@example.com',     'US', 'en',  0),
    ( 2, 'Daniel Ruiz',      'daniel.ruiz@example.com',      'US', 'es',  0),
    ( 3, 'Oliver Hughes',    'oliver.hughes@example.com',    'GB', 'en',  0),
    ( 4, 'Amelia Patel',     'amelia.patel@example.com',     'GB', 'en',  0),
    ( 5, 'Lukas Schneider',  'lukas.schneider@example.com',  'DE', 'de',  0),
    ( 6, 'Anna Weber',       'anna.weber@example.com',       'DE', 'de',  0),
    ( 7, 'Camille Dubois',   'camille.dubois@example.com',   'FR', 'fr',  0),
    ( 8, 'Hugo Lefèvre',     'hugo.lefevre@example.com',     'FR', 'fr',  0),
    ( 9, 'Lucía García',     'lucia.garcia@example.com',     'ES', 'es',  0),
    (10, 'Giulia Romano',    'giulia.romano@example.com',    'IT', 'it',  0),
    (11, 'Sanne de Vries',   'sanne.devries@example.com',    'NL', 'nl',  0),
    (12, 'Katarzyna Nowak',  'katarzyna.nowak@example.com',  'PL', 'pl',  0),
    (13, 'José Hernández',   'jose.hernandez@example.com',   'MX', 'es',  0),
    (14, '佐藤 美咲',         'misaki.sato@example.com',      'JP', 'ja',  0),
    (15, '鈴木 健',           'ken.suzuki@example.com',       'JP', 'ja',  0),
    (16, 'สมชาย ใจดี',         'somchai.jaidee@example.com',   'TH', 'th',  0),
    (17, 'Nguyễn Văn An',    'an.nguyen@example.com',        'VN', 'vi',  0),
    (18, 'Siti Rahmawati',   'siti.rahmawati@example.com',   'ID', 'id',  0),
    (19, 'Ahmad bin Ismail', 'ahmad.ismail@example.com',     'MY', 'ms',  0),
    (20, 'Maria Santos',     'maria.santos@example.com',     'PH', 'en',  0),
    (21, 'Tan Wei Ming',     'weiming.tan@example.com',      'SG', 'en',  1),
    (22, 'Michael Brooks',   'michael.brooks@example.com',   'US', 'en',  0);

INSERT INTO orders (number, market, customer_id, status, currency, total, placed_at, payment_method, note) VALUES
    ('MG10000001', 'US',  1, 'delivered',          'USD',  79.98,  '2026-11-09T19:42:00-05:00', 'visa',           NULL),
    ('MG10000002', 'US',  2, 'shipped',            'USD',  39.99,  '2026-11-18T10:05:00-05:00', 'paypal',         NULL),
    ('MG10000003', 'GB',  3, 'processing',         'GBP',  18.50,  '2026-11-20T09:12:00+00:00', 'mastercard',     NULL),
    ('MG10000004', 'GB',  4, 'returned',           'GBP',  34.99,  '2026-10-12T21:15:00+01:00', 'visa',           'Returned within 30 days; refund of £34.99 issued to Visa on 2026-11-12.'),
    ('MG10000005', 'DE',  5, 'shipped',            'EUR',  54.80,  '2026-11-17T08:40:00+01:00', 'paypal',         NULL),
    ('MG10000006', 'DE',  6, 'delayed',            'EUR', 104.70,  '2026-11-04T18:22:00+01:00', 'klarna',         'Not delivered; DHL lost-in-transit investigation opened on 2026-11-15.'),
    ('MG10000007', 'FR',  7, 'delivered',          'EUR',  79.80,  '2026-11-04T09:30:00+01:00', 'carte_bancaire', NULL),
    ('MG10000008', 'FR',  8, 'return_requested',   'EUR',  19.90,  '2026-11-08T16:10:00+01:00', 'paypal',         'Return label sent 2026-11-19; refund pending receipt of the return.'),
    ('MG10000009', 'ES',  9, 'shipped',            'EUR',  34.90,  '2026-11-18T11:20:00+01:00', 'bizum',          NULL),
    ('MG10000010', 'IT', 10, 'cancelled',          'EUR',  39.90,  '2026-11-15T22:47:00+01:00', 'paypal',         'Cancelled by the customer on 2026-11-16 before dispatch; refunded the same day.'),
    ('MG10000011', 'NL', 11, 'delivered',          'EUR',  39.80,  '2026-11-18T09:02:00+01:00', 'ideal',          NULL),
    ('MG10000012', 'PL', 12, 'shipped',            'PLN', 149.00,  '2026-11-19T07:55:00+01:00', 'blik',           'Delivery to InPost parcel locker KRA01M.'),
    ('MG10000013', 'MX', 13, 'held_at_customs',    'MXN', 899.00,  '2026-11-05T21:30:00-06:00', 'mercado_pago',   'Held at customs since 2026-11-14; duties and taxes were paid at checkout (DDP).'),
    ('MG10000014', 'JP', 14, 'shipped',            'JPY',   5480,  '2026-11-16T10:15:00+09:00', 'credit_card',    NULL),
    ('MG10000015', 'JP', 15, 'awaiting_payment',   'JPY',   2980,  '2026-11-18T20:40:00+09:00', 'konbini',        'Konbini payment due by 2026-11-21; otherwise the order is cancelled.'),
    ('MG10000016', 'TH', 16, 'shipped',            'THB',   1290,  '2026-11-11T19:05:00+07:00', 'cod',            'Cash on delivery: ฿1,290 payable to the courier, including the ฿30 COD fee.'),
    ('MG10000017', 'VN', 17, 'delivered',          'VND', 890000,  '2026-11-03T20:12:00+07:00', 'cod',            'Paid cash on delivery (no fee).'),
    ('MG10000018', 'ID', 18, 'shipped',            'IDR', 289000,  '2026-11-13T09:48:00+07:00', 'gopay',          NULL),
    ('MG10000019', 'MY', 19, 'refund_in_progress', 'MYR', 149.00,  '2026-10-20T14:30:00+08:00', 'fpx',            'Return received 2026-11-18; refund due by 2026-12-02.'),
    ('MG10000020', 'PH', 20, 'shipped',            'PHP',   1990,  '2026-11-14T10:05:00+08:00', 'gcash',          NULL),
    ('MG10000021', 'SG', 21, 'delivered',          'SGD', 109.80,  '2026-11-12T09:30:00+08:00', 'paynow',         NULL),
    ('MG10000022', 'US', 22, 'delivered',          'USD',  39.99,  '2026-11-09T09:40:00-05:00', 'amex',           'Damaged item reported; photos received 2026-11-17; replacement shipped 2026-11-19.');

INSERT INTO order_items (order_number, sku, name, quantity, unit_price) VALUES
    ('MG10000001', 'MG-TL400', 'Trailglow 400 camping lantern',  2,  39.99),
    ('MG10000002', 'MG-BG350', 'BlendGo portable blender',       1,  39.99),
    ('MG10000003', 'MG-PS50',  'PackScale luggage scale',        1,  18.50),
    ('MG10000004', 'MG-TL400', 'Trailglow 400 camping lantern',  1,  34.99),
    ('MG10000005', 'MG-BG350', 'BlendGo portable blender',       1,  39.90),
    ('MG10000005', 'MG-PS50',  'PackScale luggage scale',        1,  14.90),
    ('MG10000006', 'MG-TL400', 'Trailglow 400 camping lantern',  3,  34.90),
    ('MG10000007', 'MG-BG350', 'BlendGo portable blender',       2,  39.90),
    ('MG10000008', 'MG-PS50',  'PackScale luggage scale',        1,  19.90),
    ('MG10000009', 'MG-TL400', 'Trailglow 400 camping lantern',  1,  34.90),
    ('MG10000010', 'MG-BG350', 'BlendGo portable blender',       1,  39.90),
    ('MG10000011', 'MG-PS50',  'PackScale luggage scale',        2,  19.90),
    ('MG10000012', 'MG-TL400', 'Trailglow 400 camping lantern',  1, 149.00),
    ('MG10000013', 'MG-BG350', 'BlendGo portable blender',       1, 899.00),
    ('MG10000014', 'MG-TL400', 'Trailglow 400 camping lantern',  1,   5480),
    ('MG10000015', 'MG-PS50',  'PackScale luggage scale',        1,   2980),
    ('MG10000016', 'MG-BG350', 'BlendGo portable blender',       1,   1260),  -- + ฿30 COD fee = ฿1,290
    ('MG10000017', 'MG-TL400', 'Trailglow 400 camping lantern',  1, 890000),
    ('MG10000018', 'MG-PS50',  'PackScale luggage scale',        1, 289000),
    ('MG10000019', 'MG-BG350', 'BlendGo portable blender',       1, 149.00),
    ('MG10000020', 'MG-TL400', 'Trailglow 400 camping lantern',  1,   1990),
    ('MG10000021', 'MG-BG350', 'BlendGo portable blender',       1,  59.90),
    ('MG10000021', 'MG-TL400', 'Trailglow 400 camping lantern',  1,  49.90),
    ('MG10000022', 'MG-TL400', 'Trailglow 400 camping lantern',  1,  39.99);

INSERT INTO shipments (order_number, carrier, tracking, status, shipped_on, eta, delivered_on, note, pickup_point) VALUES
    ('MG10000001', 'UPS',              '1Z999AA10123456784',         'delivered',       '2026-11-10', NULL,         '2026-11-14', NULL, NULL),
    ('MG10000002', 'USPS',             '9400111899223344556677',     'in_transit',      '2026-11-18', '2026-11-24', NULL,         NULL, NULL),
    ('MG10000004', 'Evri',             'H01ABC1234567890',           'delivered',       '2026-10-13', NULL,         '2026-10-19', NULL, NULL),
    ('MG10000005', 'DHL',              '00340434161234567890',       'in_transit',      '2026-11-17', '2026-11-21', NULL,         NULL, NULL),
    ('MG10000006', 'DHL',              '00340434169876543210',       'delayed',         '2026-11-05', NULL,         NULL,         'Lost-in-transit investigation opened with DHL on 2026-11-15.', NULL),
    ('MG10000007', 'Colissimo',        '6A12345678901',              'delivered',       '2026-11-04', NULL,         '2026-11-08', NULL, NULL),
    ('MG10000008', 'Colissimo',        '6A98765432109',              'delivered',       '2026-11-09', NULL,         '2026-11-12', NULL, NULL),
    ('MG10000009', 'SEUR',             '1234567890123',              'in_transit',      '2026-11-18', '2026-11-23', NULL,         NULL, NULL),
    ('MG10000011', 'PostNL',           '3SABCD1234567',              'delivered',       '2026-11-18', NULL,         '2026-11-19', NULL, NULL),
    ('MG10000012', 'InPost',           '640012345678901234567890',   'in_transit',      '2026-11-19', '2026-11-24', NULL,         'To parcel locker KRA01M.', 'KRA01M'),
    ('MG10000013', 'DHL',              '1234567890',                 'held_at_customs', '2026-11-06', NULL,         NULL,         'At customs since 2026-11-14; clearance usually takes 2–5 business days and is handled by Meridian Goods.', NULL),
    ('MG10000014', 'Yamato Transport', '4567-8901-2345',             'in_transit',      '2026-11-16', '2026-11-22', NULL,         NULL, NULL),
    ('MG10000016', 'Flash Express',    'TH0123456789A',              'in_transit',      '2026-11-12', '2026-11-24', NULL,         'Cash on delivery: ฿1,290 incl. ฿30 COD fee.', NULL),
    ('MG10000017', 'GHN',              'GHN123456789VN',             'delivered',       '2026-11-04', NULL,         '2026-11-15', 'Cash on delivery.', NULL),
    ('MG10000018', 'J&T Express',      'JP1234567890',               'in_transit',      '2026-11-13', '2026-11-25', NULL,         NULL, NULL),
    ('MG10000019', 'J&T Express',      '630123456789',               'delivered',       '2026-10-21', NULL,         '2026-10-30', NULL, NULL),
    ('MG10000020', 'LBC',              '123456789012',               'in_transit',      '2026-11-14', '2026-11-26', NULL,         NULL, NULL),
    ('MG10000021', 'Ninja Van',        'NVSGMER000012345',           'delivered',       '2026-11-12', NULL,         '2026-11-18', NULL, NULL),
    ('MG10000022', 'UPS',              '1Z999AA10987654321',         'delivered',       '2026-11-09', NULL,         '2026-11-16', 'Arrived damaged; photos received 2026-11-17.', NULL),
    ('MG10000022', 'UPS',              '1Z999AA10246813579',         'in_transit',      '2026-11-19', NULL,         NULL,         'Replacement Trailglow 400 for the damaged one.', NULL);

INSERT INTO returns (order_number, status, requested_on, label_sent_on, received_on, note) VALUES
    ('MG10000004', 'received',   '2026-10-30', '2026-10-30', '2026-11-09', 'Free return, Evri drop-off.'),
    ('MG10000008', 'label_sent', '2026-11-19', '2026-11-19', NULL,         'Free prepaid return label; the refund follows once the return arrives.'),
    ('MG10000019', 'received',   '2026-11-09', NULL,         '2026-11-18', 'Change of mind; return shipping paid by the customer.');

INSERT INTO refunds (order_number, amount, currency, status, issued_on, due_by, method) VALUES
    ('MG10000004',  34.99, 'GBP', 'issued',  '2026-11-12', '2026-11-16', 'visa'),
    ('MG10000010',  39.90, 'EUR', 'issued',  '2026-11-16', NULL,         'paypal'),
    ('MG10000019', 149.00, 'MYR', 'pending', NULL,         '2026-12-02', 'fpx');

-- Anna Weber has asked twice about her missing parcel without a resolution: her next contact
-- about MG10000006 is the third, which hands off to a human agent.
INSERT INTO contacts (order_number, contacted_at, channel, topic, resolved) VALUES
    ('MG10000006', '2026-11-13T10:14:00+01:00', 'assistant', 'order.status',   0),
    ('MG10000006', '2026-11-17T19:03:00+01:00', 'email',     'order.status',   0),
    ('MG10000022', '2026-11-16T17:25:00-05:00', 'assistant', 'product.defect', 1);
