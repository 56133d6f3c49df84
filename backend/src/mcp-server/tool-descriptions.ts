/**
 * Tool descriptions for MCP clients in French and Arabic (English is the tools' own `description`, written for
 * models). Parameters are keyed `tool.param`, or `*.param` when shared. A tool missing here is listed in English.
 */
type Translation = { fr: string; ar: string };

export const TOOL_DESCRIPTIONS: Record<string, Translation> = {
  dashboard_stats: {
    fr: "Chiffres clés du commerce sur une période : chiffre d'affaires, nombre de ventes, panier moyen, marge brute, dépenses, résultat net, valeur du stock, produits en stock bas, et l'évolution par rapport à la période précédente.",
    ar: 'الأرقام الرئيسية للمتجر خلال فترة: رقم الأعمال، عدد المبيعات، متوسط السلة، الهامش الإجمالي، المصاريف، النتيجة الصافية، قيمة المخزون، المنتجات منخفضة المخزون، والتغير مقارنة بالفترة السابقة.',
  },
  dashboard_insights: {
    fr: "Analyses calculées sur l'activité, avec leurs preuves : meilleures ventes, produits en baisse, marges anormales, pics de dépenses, jours de stock restants. Pour des conseils et recommandations.",
    ar: 'تحليلات محسوبة من نشاط المتجر مع أدلتها: الأكثر مبيعا، المنتجات المتراجعة، الهوامش غير العادية، ارتفاع المصاريف، أيام المخزون المتبقية. للنصائح والتوصيات.',
  },
  dashboard_alerts: {
    fr: 'Alertes ouvertes avec leur gravité : produits bientôt en rupture, dépenses inhabituelles, campagnes sous leur objectif.',
    ar: 'التنبيهات المفتوحة مع درجة خطورتها: منتجات على وشك النفاد، مصاريف غير عادية، حملات دون هدفها.',
  },
  market_trends: {
    fr: 'Tendances du marché : croissance des catégories, saisonnalité et produits qui montent, éventuellement pour une catégorie et une période. Pour ce qui se vend sur le marché, pas les ventes du commerce.',
    ar: 'اتجاهات السوق: نمو الأصناف، الموسمية والمنتجات الصاعدة، لصنف وفترة اختياريا. لما يطلبه السوق، لا لمبيعات المتجر نفسه.',
  },
  market_competitors: {
    fr: 'Nos prix de vente comparés aux prix relevés chez les concurrents, avec un indice de prix, pour un produit ou tout le catalogue.',
    ar: 'أسعار البيع لدينا مقارنة بأسعار المنافسين المسجلة، مع مؤشر للأسعار، لمنتج واحد أو لكل الكتالوج.',
  },
  market_report: {
    fr: 'Un rapport de marché complet (sections, chiffres, graphiques, PDF téléchargeable) sur un sujet et une période facultatifs.',
    ar: 'تقرير سوق كامل (أقسام، أرقام، رسوم بيانية، ملف PDF للتنزيل) حول موضوع وفترة اختياريين.',
  },
  inventory_search: {
    fr: "Recherche dans le stock du commerce : produits correspondants avec leur stock actuel, leur unité et leur seuil de réapprovisionnement. Nom du produit dans n'importe quelle langue ; lowStockOnly pour les produits en stock bas ; sans argument, tout le stock.",
    ar: 'البحث في مخزون المتجر: المنتجات المطابقة مع مخزونها الحالي ووحدتها وحد إعادة الطلب. اسم المنتج بأي لغة؛ lowStockOnly للمنتجات منخفضة المخزون؛ بدون معطيات: كل المخزون.',
  },
  inventory_adjust: {
    fr: "Enregistre un mouvement de stock pour un produit : quantité positive pour une réception, négative pour un retrait, une casse, une perte ou une péremption. Écriture : le changement exact (ex. « Semoule 10kg : 42 → 72 ») doit être validé avant d'être appliqué.",
    ar: 'تسجيل حركة مخزون لمنتج: كمية موجبة للاستلام، وسالبة للسحب أو الكسر أو الضياع أو انتهاء الصلاحية. عملية كتابة: يجب الموافقة على التغيير الدقيق (مثلا « سميد 10 كغ: 42 ← 72 ») قبل تطبيقه.',
  },
  inventory_analyze_image: {
    fr: "Analyse une photo de produit jointe : lit les codes-barres, QR codes et le texte de l'étiquette, puis renvoie les produits reconnus et leur stock.",
    ar: 'تحليل صورة منتج مرفقة: قراءة الباركود ورموز QR ونص الملصق، ثم إرجاع المنتجات المطابقة ومخزونها.',
  },
  expenses_list: {
    fr: 'Liste les dépenses du commerce avec leurs totaux sur une période, éventuellement pour une catégorie (loyer, électricité, transport, carburant, salaires…).',
    ar: 'قائمة مصاريف المتجر مع مجاميعها خلال فترة، لصنف معين اختياريا (الإيجار، الكهرباء، النقل، الوقود، الأجور…).',
  },
  expenses_add: {
    fr: "Enregistre une nouvelle dépense payée par le commerce : montant en DZD, catégorie, description, date et fournisseur. Écriture : la dépense exacte doit être validée avant d'être enregistrée.",
    ar: 'تسجيل مصروف جديد دفعه المتجر: المبلغ بالدينار، الصنف، الوصف، التاريخ والمورد. عملية كتابة: يجب الموافقة على المصروف الدقيق قبل حفظه.',
  },
  expenses_scan_receipt: {
    fr: 'Lit une photo de ticket ou de facture jointe (OCR) et renvoie un brouillon de dépense (fournisseur, date, total, TVA, lignes). La lecture est immédiate ; enregistrer la dépense demande une validation.',
    ar: 'قراءة صورة وصل أو فاتورة مرفقة (OCR) وإرجاع مسودة مصروف (المورد، التاريخ، المجموع، الرسم على القيمة المضافة، الأسطر). القراءة فورية؛ حفظ المصروف يتطلب الموافقة.',
  },
  marketing_generate_content: {
    fr: "Rédige un texte marketing prêt à publier pour un canal (facebook, instagram, sms, email, whatsapp) sur un sujet, à partir des vrais produits et prix du commerce. Rien n'est envoyé ni publié.",
    ar: 'كتابة نص تسويقي جاهز للنشر لقناة واحدة (فيسبوك، إنستغرام، رسائل قصيرة، بريد، واتساب) حول موضوع، انطلاقا من منتجات المتجر وأسعاره الحقيقية. لا يرسل ولا ينشر أي شيء.',
  },
  marketing_audience_insights: {
    fr: "Segments de clientèle : par wilaya, tranche d'âge, canal d'acquisition et récence/fréquence/valeur.",
    ar: 'شرائح الزبائن: حسب الولاية والفئة العمرية وقناة الاستقطاب والحداثة والتكرار والقيمة.',
  },
  marketing_campaigns: {
    fr: 'Campagnes marketing avec impressions, clics, taux de clic, conversions, coût et retour sur investissement, éventuellement filtrées par statut.',
    ar: 'الحملات التسويقية مع مرات الظهور والنقرات ونسبة النقر والتحويلات والتكلفة والعائد، مع تصفية اختيارية حسب الحالة.',
  },
  sales_record: {
    fr: "Enregistre une vente déjà faite (comme dans le cahier) : produits vendus et quantités (« 3 sucre et 2 café » = deux lignes), prix s'il est dit (sinon celui du catalogue), mode de paiement (espèces, carte, CIB, Edahabia, BaridiMob, crédit) et client (obligatoire pour un crédit). Le stock baisse ; une vente à crédit s'ajoute au solde du client. Écriture : la vente exacte (produits, prix, total, stock après, solde après) doit être validée avant d'être enregistrée.",
    ar: 'تسجيل بيع تمّ (كما في الكراس): المنتجات المباعة وكمياتها («3 سكر و2 قهوة» سطران)، السعر إن ذُكر (وإلا سعر الكتالوج)، طريقة الدفع (نقدا، بطاقة، CIB، الذهبية، بريدي موب، كريدي) والزبون (إلزامي للكريدي). ينقص المخزون؛ ويضاف بيع الكريدي إلى رصيد الزبون. عملية كتابة: يجب الموافقة على البيع الدقيق (المنتجات، الأسعار، المجموع، المخزون بعده، الرصيد بعده) قبل تسجيله.',
  },
  sales_daily_total: {
    fr: "Enregistre la recette d'une journée comptée à la fermeture, sans le détail des ventes (« la recette d'aujourd'hui c'est 45 000 DA ») : montant en DZD et jour (aujourd'hui par défaut). Comptée dans le chiffre d'affaires sans marge (coût inconnu) ; déclarer le même jour remplace le chiffre, et les ventes détaillées de ce jour ne comptent pas deux fois. Ce n'est pas une dépense. À valider avant d'être enregistrée.",
    ar: 'تسجيل مداخيل يوم محسوبة عند الغلق، دون تفاصيل المبيعات («مدخول اليوم 45 000 دج»): المبلغ بالدينار واليوم (اليوم افتراضيا). تُحسب في رقم الأعمال بدون هامش (التكلفة غير معروفة)؛ التصريح بنفس اليوم يعوّض الرقم، ولا تُحسب المبيعات المفصلة لذلك اليوم مرتين. ليست مصروفا. يجب الموافقة قبل التسجيل.',
  },
  sales_list: {
    fr: "Liste des ventes enregistrées avec leurs totaux : sur une période (aujourd'hui, semaine, mois, trimestre, année ; aujourd'hui par défaut) ou un jour passé (`date`, ex. hier), pour un client (« combien j'ai vendu à Ahmed ? ») ou par mode de paiement (ventes à crédit). Pour les chiffres globaux et les marges : dashboard_stats ; pour qui doit quoi : customers_credit.",
    ar: 'قائمة المبيعات المسجلة مع مجاميعها: خلال فترة (اليوم، الأسبوع، الشهر، الفصل، السنة؛ اليوم افتراضيا) أو يوم مضى (`date`، مثلا البارحة)، لزبون واحد («شحال بعت لأحمد؟») أو حسب طريقة الدفع (مبيعات الكريدي). للأرقام الإجمالية والهوامش: dashboard_stats؛ لمن عليه ديون: customers_credit.',
  },
  products_add: {
    fr: "Ajoute un produit qui n'est pas encore au catalogue (« ajoute un nouveau produit : Chips Mahboul à 30 DA ») : nom avec sa taille (obligatoire), prix de vente, coût d'achat, stock en rayon, unité, catégorie, code-barres. Ni une dépense, ni une réception de stock d'un produit existant (inventory_adjust). À valider avant la création du produit.",
    ar: 'إضافة منتج غير موجود في الكتالوج بعد («أضف منتجا جديدا: شيبس محبول بـ 30 دج»): الاسم مع الحجم (إلزامي)، سعر البيع، سعر الشراء، المخزون على الرف، الوحدة، الصنف، الباركود. ليس مصروفا ولا استلام مخزون لمنتج موجود (inventory_adjust). يجب الموافقة قبل إنشاء المنتج.',
  },
  customers_credit: {
    fr: "Qui doit de l'argent au commerce (crédit, « le carnet », « الكريدي ») : le solde de chaque client et l'ancienneté de son plus vieil achat impayé, les plus en retard d'abord ; ou le solde d'un client (« chhal yetsal Ahmed ? »). Pas les dépenses du commerce (expenses_list).",
    ar: 'من عليه ديون للمتجر (الكريدي، «الكارني»): رصيد كل زبون وقِدم أقدم مشترياته غير المدفوعة، الأكثر تأخرا أولا؛ أو رصيد زبون واحد («شحال يتسال أحمد؟»). ليست مصاريف المتجر (expenses_list).',
  },
  customers_payment: {
    fr: "Enregistre un client qui rembourse (une partie de) son crédit : client et montant en DZD (obligatoires), et le mode de paiement. Le solde du client baisse ; plus que la dette est refusé, sauf comme avance. Ni une vente ni une dépense. À valider (solde avant → après) avant d'être enregistré.",
    ar: 'تسجيل تسديد زبون لـ(جزء من) ديونه: الزبون والمبلغ بالدينار (إلزاميان) وطريقة الدفع. ينقص رصيد الزبون؛ ويُرفض ما يفوق الدين إلا كتسبيق. ليس بيعا ولا مصروفا. يجب الموافقة (الرصيد قبل ← بعد) قبل التسجيل.',
  },
  customers_credit_add: {
    fr: "Reporte une page du carnet de crédit dans Tajer : un client qui doit déjà de l'argent (« Karim me doit 4500 DA », rien n'est vendu maintenant). Crée le client avec ce solde d'ouverture : ni chiffre d'affaires, ni dépense, ni mouvement de stock. Pour une vente à crédit maintenant : sales_record avec paymentMethod credit. À valider avant d'être enregistré.",
    ar: 'نقل صفحة من كراس الكريدي إلى تاجر: زبون عليه دين من قبل («كريم عليه 4500 دج»، لا بيع الآن). ينشئ الزبون برصيد افتتاحي: ليس رقم أعمال ولا مصروفا ولا حركة مخزون. لبيع بالكريدي الآن: sales_record مع paymentMethod credit. يجب الموافقة قبل التسجيل.',
  },
  feedback_submit: {
    fr: "Envoie un retour sur l'application Tajer à son équipe : un bug, une suggestion ou un commentaire. Enregistré tout de suite, sans validation.",
    ar: 'إرسال ملاحظة حول تطبيق تاجر إلى فريقه: خلل أو اقتراح أو تعليق. تحفظ فورا دون موافقة.',
  },
};

export const PARAM_DESCRIPTIONS: Record<string, Translation> = {
  '*.period': {
    fr: "Période, comptée depuis maintenant : aujourd'hui (today), cette semaine (week), ce mois (month), ce trimestre (quarter) ou cette année (year)",
    ar: 'الفترة، محسوبة من الآن: اليوم (today)، هذا الأسبوع (week)، هذا الشهر (month)، هذا الفصل (quarter) أو هذه السنة (year)',
  },
  'expenses_add.amount': {
    fr: 'Montant payé, en dinars algériens (DZD), un simple nombre (ex. 4500)',
    ar: 'المبلغ المدفوع بالدينار الجزائري، رقم بسيط (مثلا 4500)',
  },
  'expenses_add.category': {
    fr: 'Catégorie de la dépense, de préférence une clé française (loyer, électricité, eau, internet, transport, carburant, salaires, fournitures, marchandises, entretien, taxes, autre)',
    ar: 'صنف المصروف، ويفضل مفتاح فرنسي (loyer، électricité، eau، internet، transport، carburant، salaires، fournitures، marchandises، entretien، taxes، autre)',
  },
  'expenses_add.description': {
    fr: "Courte note libre sur la dépense, dans les mots de l'utilisateur",
    ar: 'ملاحظة قصيرة حرة عن المصروف بكلمات المستخدم',
  },
  'expenses_add.date': {
    fr: "Jour du paiement, au format AAAA-MM-JJ ; omis : aujourd'hui",
    ar: 'يوم الدفع بصيغة YYYY-MM-DD؛ إذا حذف: اليوم',
  },
  'expenses_add.merchant': {
    fr: 'Qui a été payé : fournisseur, propriétaire, service public ou magasin',
    ar: 'الجهة المدفوع لها: مورد، مالك المحل، مرفق عام أو متجر',
  },
  'expenses_list.category': {
    fr: 'Catégorie à filtrer, de préférence une clé française (loyer, électricité, transport, carburant, salaires…)',
    ar: 'الصنف المراد تصفيته، ويفضل مفتاح فرنسي (loyer، électricité، transport، carburant، salaires…)',
  },
  'expenses_scan_receipt.attachmentId': {
    fr: "Identifiant de l'image du ticket ou de la facture jointe au message",
    ar: 'معرف صورة الوصل أو الفاتورة المرفقة بالرسالة',
  },
  'feedback_submit.category': {
    fr: 'bug pour un dysfonctionnement, suggestion pour une idée ou une demande, comment pour toute autre remarque',
    ar: 'bug لخلل، suggestion لفكرة أو طلب، comment لأي ملاحظة أخرى',
  },
  'feedback_submit.message': { fr: "Le retour lui-même, dans les mots de l'utilisateur", ar: 'الملاحظة نفسها بكلمات المستخدم' },
  'inventory_adjust.product': {
    fr: "Le produit dont le stock change, par son nom dans n'importe quelle langue (ex. « semoule », « سكر », « water »)",
    ar: 'المنتج الذي يتغير مخزونه، باسمه بأي لغة (مثلا « semoule »، « سكر »، « water »)',
  },
  'inventory_adjust.quantity': {
    fr: "Nombre d'unités signé : positif pour une réception ou un ajout, négatif pour un retrait, une casse, une perte ou une péremption",
    ar: 'عدد الوحدات بإشارة: موجب للاستلام أو الإضافة، سالب للسحب أو الكسر أو الضياع أو انتهاء الصلاحية',
  },
  'inventory_adjust.reason': {
    fr: "Raison du changement, dans les mots de l'utilisateur (ex. « livraison fournisseur », « périmés », « casse »)",
    ar: 'سبب التغيير بكلمات المستخدم (مثلا « توصيل المورد »، « منتهية الصلاحية »، « كسر »)',
  },
  'inventory_adjust.productId': {
    fr: "Identifiant du produit au catalogue, rempli à l'étape de validation ; sinon nommez le produit",
    ar: 'معرف المنتج في الكتالوج، يملأ عند خطوة الموافقة؛ وإلا فاذكر اسم المنتج',
  },
  'inventory_analyze_image.attachmentId': {
    fr: 'Identifiant de la photo du produit (code-barres, QR code ou étiquette) jointe au message',
    ar: 'معرف صورة المنتج (باركود أو رمز QR أو ملصق) المرفقة بالرسالة',
  },
  'inventory_search.query': {
    fr: "Nom du produit ou une partie, dans n'importe quelle langue ou en darija (ex. « farine », « زيت », « smid ») ; omis : tous les produits",
    ar: 'اسم المنتج أو جزء منه بأي لغة أو بالدارجة (مثلا « farine »، « زيت »، « smid »)؛ إذا حذف: كل المنتجات',
  },
  'inventory_search.lowStockOnly': {
    fr: 'true pour ne renvoyer que les produits au niveau ou sous leur seuil de réapprovisionnement',
    ar: 'true لإرجاع المنتجات التي بلغت حد إعادة الطلب أو نزلت تحته فقط',
  },
  'market_competitors.product': {
    fr: "Produit à comparer, par son nom dans n'importe quelle langue (ex. « huile », « زيت », « sugar ») ; omis : tout le catalogue",
    ar: 'المنتج المراد مقارنته باسمه بأي لغة (مثلا « huile »، « زيت »، « sugar »)؛ إذا حذف: كل الكتالوج',
  },
  'market_report.topic': {
    fr: 'Sujet du rapport : une catégorie, un produit ou un thème (ex. « boissons », « hygiène ») ; omis : rapport général',
    ar: 'موضوع التقرير: صنف أو منتج أو محور (مثلا « مشروبات »، « نظافة »)؛ إذا حذف: تقرير عام',
  },
  'market_trends.category': {
    fr: "Catégorie de produits, dans n'importe quelle langue (ex. « produits laitiers », « boissons », « ألبان ») ; omis : toutes",
    ar: 'صنف المنتجات بأي لغة (مثلا « produits laitiers »، « boissons »، « ألبان »)؛ إذا حذف: كل الأصناف',
  },
  'marketing_campaigns.status': {
    fr: 'Seulement les campagnes dans cet état : draft, active, paused ou completed ; omis : toutes',
    ar: 'الحملات في هذه الحالة فقط: draft أو active أو paused أو completed؛ إذا حذف: الكل',
  },
  'marketing_generate_content.channel': {
    fr: 'Où le texte sera publié ou envoyé : facebook, instagram, sms, email ou whatsapp',
    ar: 'مكان نشر النص أو إرساله: facebook أو instagram أو sms أو email أو whatsapp',
  },
  'marketing_generate_content.topic': {
    fr: "Ce que le texte annonce, dans les mots de l'utilisateur (ex. « promo de l'Aïd », « nouveau café »)",
    ar: 'ما يعلن عنه النص بكلمات المستخدم (مثلا « تخفيضات رمضان »، « قهوة جديدة »)',
  },
  'marketing_generate_content.language': {
    fr: 'Langue du texte : fr, ar, en ou darija ; omis : la langue de la conversation',
    ar: 'لغة النص: fr أو ar أو en أو darija؛ إذا حذف: لغة المحادثة',
  },
  'marketing_generate_content.tone': {
    fr: 'Ton du texte : friendly, professional, festive, urgent, humorous ou informative',
    ar: 'نبرة النص: friendly أو professional أو festive أو urgent أو humorous أو informative',
  },
};
