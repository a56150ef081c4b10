-- Taiga Trail: the fixture rows (FACTS.md, "ERP fixture"). Dates are relative to today = 2027-03-10
-- (kbkit.yaml). Amounts are in the order's currency: NOK, SEK, CAD, KRW (no decimals).

INSERT INTO customers (id, name, email, market, language, vip) VALUES
  (1,  'Ingrid Solberg',  'ingrid.solberg@example.no',  'NO', 'nb', 0),
  (2,  'Magnus Haugen',   'magnus.haugen@example.no',   'NO', 'nb', 0),
  (3,  'Sigrid Bakke',    'sigrid.bakke@example.no',    'NO', 'nb', 0),
  (4,  'Elin Lindqvist',  'elin.lindqvist@example.se',  'SE', 'sv', 0),
  (5,  'Oskar Berg',      'oskar.berg@example.se',      'SE', 'sv', 0),
  (6,  'Johan Ek',        'johan.ek@example.se',        'SE', 'sv', 0),
  (7,  'Émilie Tremblay', 'emilie.tremblay@example.ca', 'CA', 'fr', 0),
  (8,  'Liam MacDonald',  'liam.macdonald@example.ca',  'CA', 'en', 0),
  (9,  'Nathalie Gagnon', 'nathalie.gagnon@example.ca', 'CA', 'fr', 0),
  (10, '김민준',           'minjun.kim@example.kr',      'KR', 'ko', 0),
  (11, '이서연',           'seoyeon.lee@example.kr',     'KR', 'ko', 0),
  (12, '박지훈',           'jihoon.park@example.kr',     'KR', 'ko', 1),
  (13, 'Ethan Wilson',    'ethan.wilson@example.ca',    'CA', 'en', 0);

INSERT INTO orders (number, market, customer_id, status, currency, total, placed_at, payment_method, note) VALUES
  ('TT-410001', 'NO', 1,  'shipped',            'NOK', 549.00,  '2027-03-07T20:14:00+01:00', 'vipps',           NULL),
  ('TT-410002', 'NO', 2,  'processing',         'NOK', 2990.00, '2027-03-10T10:05:00+01:00', 'klarna',          NULL),
  ('TT-410003', 'NO', 3,  'delayed',            'NOK', 798.00,  '2027-02-23T18:40:00+01:00', 'visa',            'Bring investigation of the lost parcel since 2027-03-04'),
  ('TT-410004', 'SE', 4,  'held_at_customs',    'SEK', 2990.00, '2027-03-02T21:02:00+01:00', 'swish',           'held by Swedish customs (Tullverket) since 2027-03-05; duties prepaid by the store'),
  ('TT-410005', 'SE', 5,  'delivered',          'SEK', 549.00,  '2027-02-28T09:30:00+01:00', 'swish',           NULL),
  ('TT-410006', 'SE', 6,  'refund_in_progress', 'SEK', 399.00,  '2027-02-16T12:00:00+01:00', 'klarna',          'return received 2027-03-08, refund pending'),
  ('TT-410007', 'CA', 7,  'shipped',            'CAD', 114.90,  '2027-03-07T15:22:00-05:00', 'visa',            NULL),
  ('TT-410008', 'CA', 8,  'returned',           'CAD', 64.95,   '2027-02-15T11:10:00-05:00', 'mastercard',      NULL),
  ('TT-410009', 'CA', 9,  'refund_in_progress', 'CAD', 379.00,  '2027-02-17T19:45:00-05:00', 'visa',            'return received 2027-03-09, refund pending'),
  ('TT-410010', 'KR', 10, 'shipped',            'KRW', 52000,   '2027-03-09T09:12:00+09:00', 'kakaopay',        NULL),
  ('TT-410011', 'KR', 11, 'awaiting_payment',   'KRW', 459000,  '2027-03-09T22:30:00+09:00', 'virtual_account', 'virtual-account transfer due 2027-03-11, otherwise cancelled'),
  ('TT-410012', 'KR', 12, 'delivered',          'KRW', 69000,   '2027-03-03T14:05:00+09:00', 'naverpay',        'VIP customer'),
  ('TT-410013', 'CA', 13, 'processing',         'CAD', 49.95,   '2027-03-10T08:40:00-05:00', 'paypal',          NULL);

INSERT INTO order_items (order_number, sku, name, quantity, unit_price) VALUES
  ('TT-410001', 'RIDGE-11',  'Ridge Pump 11 floor pump', 1, 549.00),
  ('TT-410002', 'VINDUR-2',  'Vindur 2 tent',            1, 2990.00),
  ('TT-410003', 'POLAR-300', 'Polar 300 headlamp',       2, 399.00),
  ('TT-410004', 'VINDUR-2',  'Vindur 2 tent',            1, 2990.00),
  ('TT-410005', 'RIDGE-11',  'Ridge Pump 11 floor pump', 1, 549.00),
  ('TT-410006', 'POLAR-300', 'Polar 300 headlamp',       1, 399.00),
  ('TT-410007', 'RIDGE-11',  'Ridge Pump 11 floor pump', 1, 64.95),
  ('TT-410007', 'POLAR-300', 'Polar 300 headlamp',       1, 49.95),
  ('TT-410008', 'RIDGE-11',  'Ridge Pump 11 floor pump', 1, 64.95),
  ('TT-410009', 'VINDUR-2',  'Vindur 2 tent',            1, 379.00),
  ('TT-410010', 'POLAR-300', 'Polar 300 headlamp',       1, 52000),
  ('TT-410011', 'VINDUR-2',  'Vindur 2 tent',            1, 459000),
  ('TT-410012', 'RIDGE-11',  'Ridge Pump 11 floor pump', 1, 69000),
  ('TT-410013', 'POLAR-300', 'Polar 300 headlamp',       1, 49.95);

INSERT INTO shipments (order_number, carrier, tracking, status, shipped_on, eta, delivered_on, note) VALUES
  ('TT-410001', 'Bring',        'CE473019285NO',        'in_transit',      '2027-03-08', '2027-03-11', NULL,         NULL),
  ('TT-410003', 'Bring',        'CE473019302NO',        'delayed',         '2027-02-24', NULL,         NULL,         'lost-in-transit investigation opened 2027-03-04'),
  ('TT-410004', 'PostNord',     '00373500191234567895', 'held_at_customs', '2027-03-03', NULL,         NULL,         'at Swedish customs since 2027-03-05'),
  ('TT-410005', 'PostNord',     '00373500191234568007', 'delivered',       '2027-03-01', NULL,         '2027-03-04', NULL),
  ('TT-410006', 'PostNord',     '00373500191234568113', 'delivered',       '2027-02-17', NULL,         '2027-02-20', NULL),
  ('TT-410007', 'Canada Post',  '7023210039414604',     'in_transit',      '2027-03-08', '2027-03-12', NULL,         NULL),
  ('TT-410008', 'Canada Post',  '7023210039414611',     'delivered',       '2027-02-16', NULL,         '2027-02-19', NULL),
  ('TT-410009', 'Canada Post',  '7023210039414628',     'delivered',       '2027-02-18', NULL,         '2027-02-22', NULL),
  ('TT-410010', 'CJ대한통운',  '684512937702',         'in_transit',      '2027-03-09', '2027-03-11', NULL,         NULL),
  ('TT-410012', 'CJ대한통운',  '684512937719',         'delivered',       '2027-03-04', NULL,         '2027-03-05', NULL);

INSERT INTO returns (order_number, status, requested_on, label_sent_on, received_on, note) VALUES
  ('TT-410006', 'received', '2027-03-02', '2027-03-02', '2027-03-08', NULL),
  ('TT-410008', 'received', '2027-02-24', '2027-02-24', '2027-03-01', NULL),
  ('TT-410009', 'received', '2027-03-03', '2027-03-03', '2027-03-09', NULL);

INSERT INTO refunds (order_number, amount, currency, status, issued_on, due_by, method) VALUES
  ('TT-410006', 399.00, 'SEK', 'pending', NULL,         '2027-03-15', 'klarna'),
  ('TT-410008', 64.95,  'CAD', 'issued',  '2027-03-04', NULL,         'mastercard'),
  ('TT-410009', 379.00, 'CAD', 'pending', NULL,         '2027-03-18', 'visa');

-- Two unresolved earlier contacts about TT-410003: a third contact is handed to a human.
INSERT INTO contacts (order_number, contacted_at, channel, topic, resolved) VALUES
  ('TT-410003', '2027-03-04T10:20:00+01:00', 'assistant', 'where_is_my_parcel', 0),
  ('TT-410003', '2027-03-08T13:45:00+01:00', 'email',     'where_is_my_parcel', 0),
  ('TT-410005', '2027-03-05T09:00:00+01:00', 'chat',      'bike_service',       1);
