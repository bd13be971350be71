//! Named table tests: one sentence per case, written for this project, from
//! across the Arab press. Each case lists entities that must be found
//! (kind, exact text, and the value when one is expected); every reported
//! span must also be exact.

use kashif::{Entity, Extractor, Kind, Options, Value, Ymd};
use std::sync::LazyLock;

#[path = "support/names.rs"]
mod names;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

struct Case {
    name: &'static str,
    text: &'static str,
    date: Option<&'static str>,
    expect: &'static [(Kind, &'static str, Option<&'static str>)],
}

macro_rules! opt {
    () => {
        None
    };
    ($x:literal) => {
        Some($x)
    };
}

macro_rules! cases {
    ($( $name:ident : $text:literal $(@ $date:literal)? => [ $( ($kind:ident, $span:literal $(, $val:literal)?) ),* $(,)? ] ; )*) => {
        &[$( Case {
            name: stringify!($name),
            text: $text,
            date: opt!($($date)?),
            expect: &[$( (Kind::$kind, $span, opt!($($val)?)) ),*],
        } ),*]
    };
}

fn value_text(v: &Value) -> String {
    match v {
        Value::Date { iso, .. } | Value::Time { iso, .. } => iso.clone(),
        Value::Money {
            amount, currency, ..
        } => {
            format!("{amount} {}", currency.as_deref().unwrap_or("?"))
        }
        Value::Quantity { amount, unit } => format!("{amount} {unit}"),
        Value::Currency { currency } => currency.clone(),
        Value::Number(n) => format!("{n}"),
    }
}

fn run(cases: &[Case]) {
    let mut names = std::collections::HashSet::new();
    let mut failures = Vec::new();
    for case in cases {
        assert!(names.insert(case.name), "duplicate case name {}", case.name);
        let opts = Options {
            document_date: case.date.map(|d| d.parse::<Ymd>().expect("case date")),
            ..Options::default()
        };
        let found: Vec<Entity> = EXTRACTOR.extract(case.text, &opts);
        for e in &found {
            assert_eq!(
                &case.text[e.start..e.end],
                e.text,
                "{}: inexact span",
                case.name
            );
        }
        for (kind, span, value) in case.expect {
            let hit = found.iter().find(|e| e.kind == *kind && e.text == *span);
            match (hit, value) {
                (None, _) => failures.push(format!(
                    "{}: missing {kind} {span:?}; found {:?}",
                    case.name,
                    found
                        .iter()
                        .map(|e| (e.kind, e.text.as_str()))
                        .collect::<Vec<_>>()
                )),
                (Some(e), Some(v)) => {
                    let got = e.value.as_ref().map(value_text).unwrap_or_default();
                    if got != *v {
                        failures.push(format!(
                            "{}: {kind} {span:?} value {got:?}, want {v:?}",
                            case.name
                        ));
                    }
                }
                _ => {}
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn places_and_clitics() {
    run(cases! {
        clitic_list: "شارك في الاجتماع ممثلون عن ألمانيا وتركيا، والسعودية وقطر." => [
            (Gpe, "ألمانيا"), (Gpe, "تركيا"), (Gpe, "السعودية"), (Gpe, "قطر")];
        article_preposition: "وصل الوزير بالرباط قادما من فاس." => [(Gpe, "الرباط"), (Gpe, "فاس")];
        words_that_start_like_clitics: "زار وهران ثم لبنان وبغداد وكندا وفرنسا والكويت." => [
            (Gpe, "وهران"), (Gpe, "لبنان"), (Gpe, "بغداد"), (Gpe, "كندا"), (Gpe, "فرنسا"), (Gpe, "الكويت")];
        diacritics_and_tatweel: "عاد الوفد إلى القـــاهِرَةِ مساء." => [(Gpe, "القـــاهِرَةِ")];
        demonym: "أكدت السلطات النمساوية الخبر." => [(Norp, "النمساوية")];
        // Regional towns the press names without a country.
        tunisian_south: "انطلقت القافلة من صفاقس نحو قابس ومدنين." => [
            (Gpe, "صفاقس"), (Gpe, "قابس"), (Gpe, "مدنين")];
        saudi_north: "تمتد الموجة الحارة إلى الرياض والقصيم وحائل." => [
            (Gpe, "الرياض"), (Gpe, "القصيم"), (Gpe, "حائل")];
        // A country whose name opens on a place noun («the Black Mountain»).
        montenegro: "ويصل المهاجرون إلى كرواتيا والجبل الأسود بحثا عن عمل." => [
            (Gpe, "كرواتيا"), (Gpe, "الجبل الأسود")];
        // Pyongyang written in one word.
        pyongyang_one_word: "وأكد المسؤول أن المحادثات مع بيونغيانغ ستستأنف الشهر المقبل." => [
            (Gpe, "بيونغيانغ")];
        // A sports city is a facility, not a city.
        sports_city: "وتقام المباراة النهائية في مدينة زايد الرياضية بأبوظبي." => [
            (Fac, "مدينة زايد الرياضية"), (Gpe, "أبوظبي")];
        // A district of a Yemeni province, its head noun and all, as a
        // province is named with its own (`محافظة الحديدة`).
        yemeni_district: "وقتل ثلاثة مدنيين في قصف استهدف مديرية الدريهمي بمحافظة الحديدة." => [
            (Gpe, "مديرية الدريهمي"), (Gpe, "محافظة الحديدة")];
    });
}

#[test]
fn dates_every_region() {
    run(cases! {
        moroccan_interval: "انعقد اللقاء يومي 6 و7 ماي الجاري بفيينا." @ "2025-05-09" => [
            (Date, "يومي 6 و7 ماي الجاري", "2025-05-06/2025-05-07")];
        moroccan_months: "صدر القرار في 3 يوليوز 2023 وطبق في فاتح غشت." => [(Date, "3 يوليوز 2023", "2023-07-03")];
        moroccan_autumn: "تقرر التأجيل إلى 20 شتنبر ثم إلى 4 نونبر 2024 وأخيرا 9 دجنبر 2024." => [
            (Date, "4 نونبر 2024", "2024-11-04"), (Date, "9 دجنبر 2024", "2024-12-09")];
        algerian_months: "تجرى الانتخابات يوم 7 جوان 2025 بعد تأجيلها من 15 أفريل 2025." => [
            (Date, "يوم 7 جوان 2025", "2025-06-07"), (Date, "15 أفريل 2025", "2025-04-15")];
        tunisian_months: "افتتح المعرض في 2 جانفي 2024 ويختتم في 28 فيفري 2024." => [
            (Date, "2 جانفي 2024", "2024-01-02"), (Date, "28 فيفري 2024", "2024-02-28")];
        algerian_summer: "عطلة من 5 جويلية إلى 31 أوت 2024." => [(Date, "5 جويلية إلى 31 أوت 2024", "2024-07-05/2024-08-31")];
        levantine_months: "عقدت الجلسة في 12 تشرين الأول 2023 وتأجلت إلى 3 كانون الثاني 2024." => [
            (Date, "12 تشرين الأول 2023", "2023-10-12"), (Date, "3 كانون الثاني 2024", "2024-01-03")];
        iraqi_months: "بدأت الحملة في الأول من شباط 2024 وانتهت في 15 آذار 2024." => [
            (Date, "15 آذار 2024", "2024-03-15")];
        standard_range: "يستمر المعرض من 30 نوفمبر إلى 12 ديسمبر 2023." => [
            (Date, "30 نوفمبر إلى 12 ديسمبر 2023", "2023-11-30/2023-12-12")];
        between_range: "تنظم الدورة بين 15 و19 يناير ٢٠٢٤ في الدوحة." => [(Date, "15 و19 يناير ٢٠٢٤", "2024-01-15/2024-01-19")];
        gulf_dual: "صدر المرسوم في 5 أيار/مايو 2024." => [(Date, "5 أيار/مايو 2024", "2024-05-05")];
        arabic_indic: "وقع الاتفاق في ١٢ مارس ٢٠٢٤." => [(Date, "١٢ مارس ٢٠٢٤", "2024-03-12")];
        hijri: "يبدأ الصيام في 1 رمضان 1446 هـ." => [(Date, "1 رمضان 1446 هـ", "1446-09-01")];
        year_cue: "تأسست الجمعية عام 1941 وتجددت سنة ٢٠٢٤." => [(Date, "عام 1941", "1941")];
        written_ordinal: "تحتفل البلاد في السادس عشر من أغسطس بالعيد." => [(Date, "السادس عشر من أغسطس")];
        relative_yesterday: "أعلنت الوزارة أمس عن الخطة." @ "2025-05-08" => [(Date, "أمس", "2025-05-07")];
        relative_month: "ارتفعت الأسعار خلال الشهر الجاري." @ "2025-05-08" => [(Date, "الشهر الجاري", "2025-05")];
        relative_year: "تراجعت الصادرات العام الماضي." @ "2025-05-08" => [(Date, "العام الماضي", "2024")];
    });
}

#[test]
fn times_amounts_numbers() {
    run(cases! {
        time_words: "انطلق الاجتماع على الساعة العاشرة صباحا." => [(Time, "الساعة العاشرة صباحا", "10:00")];
        time_digits: "تقلع الطائرة على الساعة 10:30 ليلا." => [];
        money_mad: "رصدت الحكومة في الرباط 3 ملايين درهم للمشروع." => [(Gpe, "الرباط"), (Money, "3 ملايين درهم", "3000000 MAD")];
        money_usd_indic: "بلغت الصفقة ٢٥٠ مليون دولار." => [(Money, "٢٥٠ مليون دولار", "250000000 USD")];
        money_egp: "ارتفع السعر إلى 50 جنيها مصريا." => [(Money, "50 جنيها مصريا", "50 EGP")];
        money_eur: "منح الاتحاد 1.5 مليار يورو." => [(Money, "1.5 مليار يورو", "1500000000 EUR")];
        percent_words: "بلغت نسبة المشاركة 42 في المائة." => [(Percent, "42 في المائة", "42")];
        percent_sign_indic: "تراجع التضخم إلى ٧٫٢٪ هذا العام." => [(Percent, "٧٫٢٪", "7.2")];
        // The Tunisian press writes decimals with the Arabic comma, and
        // some writers group thousands with it.
        percent_arabic_comma: "ارتفعت أسعار النقل بنسبة 4،7 بالمائة في شهر واحد." => [(Percent, "4،7 بالمائة", "4.7")];
        money_arabic_comma: "بلغت مداخيل المهرجان 12،5 مليون دينار تونسي." => [(Money, "12،5 مليون دينار تونسي", "12500000 TND")];
        money_arabic_comma_thousands: "كرمته البلدية بمبلغ 4،000 ريال قطري." => [(Money, "4،000 ريال قطري", "4000 QAR")];
        time_arabic_comma: "اندلع الحريق نحو الساعة 19،00 بالتوقيت المحلي." => [(Time, "الساعة 19،00 بالتوقيت المحلي", "19:00")];
        cardinal_words: "حضر ثلاثة آلاف مشارك." => [(Cardinal, "ثلاثة آلاف", "3000")];
        ordinal_words: "احتل الفريق المركز الثاني والعشرين." => [(Ordinal, "الثاني والعشرين", "22")];
        quantity: "تمتد الطريق على 40 كيلومترا." => [(Quantity, "40 كيلومترا", "40 km")];
    });
}

/// Events whole with their head noun, and a people the tagger read as a
/// thing named.
#[test]
fn events_and_peoples() {
    run(cases! {
        cup_with_its_head: "وقاد الحكم المباراة النهائية لمسابقة دوري أبطال أوروبا أمام جمهور غفير." => [(Event, "مسابقة دوري أبطال أوروبا")];
        world_cup_by_its_host: "وتأهل المنتخب إلى مونديال روسيا 2018 بعد غياب طويل." => [(Event, "مونديال روسيا 2018")];
        a_people: "ومنذ أن أعلنت مقدونيا استقلالها عام 1991، يرفض اليونانيون الاعتراف باسمها." => [(Gpe, "مقدونيا"), (Norp, "اليونانيون")];
    });
}

#[test]
fn digital_kinds() {
    run(cases! {
        url_in_arabic: "للمزيد زوروا https://example.org/akhbar?id=7 اليوم." => [(Url, "https://example.org/akhbar?id=7")];
        email: "راسلونا على contact@example.org للاستفسار." => [(Email, "contact@example.org")];
        phone_intl: "اتصلوا على +212 5 37 00 00 00 مباشرة." => [(Phone, "+212 5 37 00 00 00")];
        hashtag_mention: "تفاعل @kashif_ar مع وسم #أخبار_اليوم بكثافة." => [(Mention, "@kashif_ar"), (Hashtag, "#أخبار_اليوم")];
    });
}

#[test]
fn organisations_titles_people() {
    run(cases! {
        un: "رحبت الأمم المتحدة بالاتفاق." => [(Org, "الأمم المتحدة")];
        un_fused_article: "قدم التقرير للأمم المتحدة أمس." => [(Org, "للأمم المتحدة")];
        known_person: "استقبل عبد الفتاح السيسي الوفد." => [(Pers, "عبد الفتاح السيسي")];
        // «Van» is a name's part (`فإن` «then» is not).
        van_dijk: "وسجل فان دايك هدف الفوز في الدقائق الأخيرة." => [(Pers, "فان دايك")];
        known_person_after_title: "افتتح الرئيس الجزائري عبد المجيد تبون المعرض." => [
            (Occ, "الرئيس الجزائري"), (Pers, "عبد المجيد تبون")];
        egyptian_minister: "أعلن وزير المالية المصري محمد معيط، الأحد، طرح سندات بقيمة 2 مليار دولار." => [
            (Occ, "وزير المالية المصري"), (Pers, "محمد معيط"), (Money, "2 مليار دولار", "2000000000 USD")];
        iraqi_visit: "وصل رئيس الوزراء العراقي إلى أربيل للقاء نيجيرفان بارزاني." => [
            (Occ, "رئيس الوزراء العراقي"), (Gpe, "أربيل"), (Pers, "نيجيرفان بارزاني")];
        // A listed given name that is also a common word (أحلام "dreams",
        // فيروز "turquoise") after a title stands even where the tagger is
        // silent.
        novelist_named_dreams: "وشاركت الروائية الجزائرية أحلام مستغانمي في ندوة عن الرواية." => [
            (Occ, "الروائية الجزائرية"), (Pers, "أحلام مستغانمي")];
        singer_one_name: "وأحيت الفنانة اللبنانية فيروز حفلا في جبيل." => [
            (Occ, "الفنانة اللبنانية"), (Pers, "فيروز")];
        // The name after a title whose genitive is a listed organisation.
        council_chair: "وقالت رئيسة المجلس الوطني لحقوق الإنسان آمنة بوعياش إن التقرير جاهز." => [
            (Occ, "رئيسة المجلس الوطني لحقوق الإنسان"), (Pers, "آمنة بوعياش")];
        // A given name of two words after a title, which the tagger
        // ends before the surname, runs on to it; a surname after a
        // title does not take the verb after it.
        cleric_surname: "وطالبت أنقرة مجددا بتسليم رجل الدين فتح الله غولن المقيم في بنسلفانيا." => [
            (Gpe, "أنقرة"), (Occ, "رجل الدين"), (Pers, "فتح الله غولن"), (Gpe, "بنسلفانيا")];
        president_nominated: "وأعلن البيت الأبيض أن الرئيس ترامب رشح قاضيا جديدا." => [
            (Org, "البيت الأبيض"), (Occ, "الرئيس"), (Pers, "ترامب")];
        // A title around a listed organisation stands (the organisation
        // is nested in it), with the name after it.
        league_secretary: "صرح الأمين العام لجامعة الدول العربية أحمد أبو الغيط بأن القمة ستعقد في موعدها." => [
            (Occ, "الأمين العام لجامعة الدول العربية"), (Pers, "أحمد أبو الغيط")];
        // The tagger read the bank and the governor's name as one
        // organisation; the name the title introduces cuts it.
        governor_named: "وقال محافظ البنك المركزي التونسي مروان العباسي إن الاحتياطي ارتفع." => [
            (Occ, "محافظ البنك المركزي التونسي"), (Pers, "مروان العباسي")];
        // `علي` written with its dots before a listed surname is the name,
        // not the preposition `على` the matching view folds it with.
        iraqi_governor_ali: "أعلن محافظ البنك المركزي العراقي علي العلاق عن إجراءات جديدة." => [
            (Occ, "محافظ البنك المركزي العراقي"), (Pers, "علي العلاق")];
        ali_named_after_verb: "وقال علي العلاق إن البنك مستعد." => [(Pers, "علي العلاق")];
        // A name goes on past a connector: آل and the family name, even
        // one that is also an honorific; آيت and an Amazigh family name.
        saudi_family_name: "وصرح الدكتور عبد الرحمن بن عبد الله آل الشيخ بأن الموسم ناجح." => [
            (Pers, "عبد الرحمن بن عبد الله آل الشيخ")];
        amazigh_family_name: "وقال الباحث حسن آيت بلعيد إن الدراسة انتهت." => [
            (Occ, "الباحث"), (Pers, "حسن آيت بلعيد")];
        marshal: "واجتمع المبعوث الأممي مع المشير خليفة حفتر في بنغازي." => [
            (Occ, "المبعوث الأممي"), (Occ, "المشير"), (Pers, "خليفة حفتر"), (Gpe, "بنغازي")];
        compound_given_name: "وأوضح الأمين العام للاتحاد نور الدين الطبوبي أن الحوار متعثر، وقال نائبه عز الدين المرزوقي إنه يوافقه." => [
            (Occ, "الأمين العام للاتحاد"), (Pers, "نور الدين الطبوبي"), (Pers, "عز الدين المرزوقي")];
        press_nationalities: "استقبل الوزير رجال أعمال كونغوليين وتايلانديين في الرباط، وتعادل المنتخب العاجي مع نظيره الملغاشي." => [
            (Norp, "كونغوليين"), (Norp, "تايلانديين"), (Org, "المنتخب العاجي"), (Norp, "الملغاشي")];
        striker_and_keeper: "وسجل المهاجم الكونغولي فابريس نغوما هدف الفوز، وتصدى حارس المرمى الأرمني لركلة جزاء." => [
            (Occ, "المهاجم الكونغولي"), (Pers, "فابريس نغوما"), (Occ, "حارس المرمى الأرمني")];
        title_with_region: "والتقى الوفد مديرة إدارة الشرق الأوسط في الصندوق، وسفير الولايات المتحدة الأمريكية بالرباط." => [
            (Occ, "مديرة إدارة الشرق الأوسط"), (Occ, "سفير الولايات المتحدة الأمريكية"), (Gpe, "الرباط")];
        activist_title: "وقالت الناشطة الحقوقية خديجة الرياضي إن التقرير جاهز، وأكدت الإعلامية اللبنانية ريما كركي الخبر." => [
            (Occ, "الناشطة الحقوقية"), (Pers, "خديجة الرياضي"), (Occ, "الإعلامية اللبنانية"), (Pers, "ريما كركي")];
        journalist_writer: "وكتب الكاتب الصحفي فهمي هويدي مقالا عن الأزمة." => [
            (Occ, "الكاتب الصحفي"), (Pers, "فهمي هويدي")];
        names_joined_by_and: "وضم الوفد الوزراء ناصر بوريطة وعبد اللطيف وهبي ونادية فتاح." => [
            (Pers, "ناصر بوريطة"), (Pers, "عبد اللطيف وهبي"), (Pers, "نادية فتاح")];
        // A derby named by its city.
        casablanca_derby: "وفاز الوداد على الرجاء في ديربي الدار البيضاء مساء الأحد." => [
            (Event, "ديربي الدار البيضاء")];
        // An Amazigh festival's name opens on تي, as no verb does.
        agadir_festival: "وتحتضن أكادير مهرجان تيميتار بمشاركة فرق من أفريقيا." => [
            (Gpe, "أكادير"), (Event, "مهرجان تيميتار")];
        // A listed crossing ends on a name after a connector.
        kerem_shalom: "وأعيد فتح معبر كرم أبو سالم أمام شاحنات الوقود." => [
            (Fac, "معبر كرم أبو سالم")];
        // A listed place of two words whole, a listed province behind ب,
        // a listed shrine, a military attaché.
        mecca_whole: "وحذرت الأرصاد من أمطار غزيرة على منطقة مكة المكرمة." => [
            (Gpe, "مكة المكرمة")];
        oran_province: "وأوقفت مصالح الأمن بولاية وهران شبكة لتهريب المهاجرين." => [
            (Gpe, "ولاية وهران")];
        hebron_shrine: "وأغلقت سلطات الاحتلال الحرم الإبراهيمي في الخليل أمام المصلين." => [
            (Fac, "الحرم الإبراهيمي"), (Gpe, "الخليل")];
        military_attache: "وتسلم الملحق العسكري الروسي أوراق اعتماده من رئيس الأركان." => [
            (Occ, "الملحق العسكري الروسي")];
        // A spokesman named after his city: the place and the person.
        gaza_spokesman: "وقال المتحدث باسم وزارة الصحة في غزة أشرف القدرة إن المستشفيات مكتظة." => [
            (Gpe, "غزة"), (Pers, "أشرف القدرة")];
        // Two places side by side are two (a verb's subject and object);
        // a listed name of two place words is one (an event), also after
        // a title.
        capitals_accuse: "واتهمت لندن موسكو بالوقوف وراء الهجوم." => [
            (Gpe, "لندن"), (Gpe, "موسكو")];
        copa_america: "وتستضيف البرازيل كوبا أمريكا العام المقبل." => [
            (Gpe, "البرازيل"), (Event, "كوبا أمريكا")];
        copa_champion: "وتولى تدريب المنتخب التشيلي بطل كوبا أمريكا عامين." => [
            (Occ, "بطل كوبا أمريكا")];
        // A governor of an Afghan province, the province listed.
        helmand_governor: "وقال حاكم هلمند عمر زواك إن الهجوم أحبط قبل وقوعه." => [
            (Occ, "حاكم هلمند"), (Pers, "عمر زواك")];
        // A member of a party's bureau, and his name (باسم is also
        // «in the name of»).
        politburo_member: "وقال عضو المكتب السياسي لحركة حماس باسم نعيم إن الحركة تدرس المقترح." => [
            (Occ, "عضو المكتب السياسي لحركة حماس"), (Pers, "باسم نعيم")];
        // A listed person whose given name looks like a nisba adjective
        // ends the title before it.
        umt_leader: "وقال رئيس الاتحاد المغربي للشغل الميلودي مخارق إن الحوار متعثر." => [
            (Occ, "رئيس الاتحاد المغربي للشغل"), (Pers, "الميلودي مخارق")];
        // A listed facility takes the adjective after it.
        beirut_airport: "واستأنفت شركات الطيران الخليجية رحلاتها إلى مطار بيروت الدولي." => [
            (Fac, "مطار بيروت الدولي")];
        // A hospital or mosque named by the noun after its head.
        gaza_hospital: "ونقلت الطواقم المصابين إلى مستشفى الشفاء في غزة." => [
            (Fac, "مستشفى الشفاء"), (Gpe, "غزة")];
        town_mosque: "وأقيمت صلاة الجنازة في مسجد النور بالحي." => [(Fac, "مسجد النور")];
        // A listed title that ends on a place names its holder.
        emir_of_qatar: "وقال الشيخ تميم بن حمد آل ثاني أمير قطر إن الوساطة مستمرة." => [
            (Pers, "تميم بن حمد آل ثاني"), (Occ, "أمير قطر")];
        paris_olympics: "وتوجت الملاكمة الجزائرية إيمان خليف بالذهب في أولمبياد باريس." => [
            (Pers, "إيمان خليف"), (Event, "أولمبياد باريس")];
        taliban_spokesman: "وقال المتحدث باسم حركة طالبان ذبيح الله مجاهد إن الحركة ترفض القرار." => [
            (Occ, "المتحدث باسم حركة طالبان"), (Pers, "ذبيح الله مجاهد")];
        // A Moroccan governor's title and a Gulf minister of state's.
        moroccan_governor: "وقال عامل إقليم الحسيمة فريد شوراق إن الأشغال تسير وفق البرنامج." => [
            (Occ, "عامل إقليم الحسيمة"), (Pers, "فريد شوراق")];
        qatar_state_minister: "وقالت وزيرة الدولة لشؤون التعاون الدولي في قطر لولوة الخاطر إن المفاوضات مستمرة." => [
            (Occ, "وزيرة الدولة لشؤون التعاون الدولي"), (Gpe, "قطر"), (Pers, "لولوة الخاطر")];
        // The opening of a festival is not in the festival's name.
        carthage_opening: "وشارك الفنان السوري دريد لحام في افتتاح مهرجان قرطاج السينمائي." => [
            (Pers, "دريد لحام"), (Event, "مهرجان قرطاج السينمائي")];
        // A general's rank that is also «the team», and a staff rank.
        suez_canal_general: "وقال رئيس هيئة قناة السويس الفريق أسامة ربيع إن الإيرادات تراجعت." => [
            (Occ, "رئيس هيئة قناة السويس"), (Occ, "الفريق"), (Pers, "أسامة ربيع")];
        iraqi_staff_brigadier: "وقال العميد ركن يحيى رسول إن العملية مستمرة." => [
            (Occ, "العميد ركن"), (Pers, "يحيى رسول")];
        // A listed city that opens on a building's head noun («monastery»).
        deir_ezzor: "وقالت قوات سوريا الديمقراطية إنها صدت هجوما في دير الزور." => [
            (Org, "قوات سوريا الديمقراطية"), (Gpe, "دير الزور")];
        // The final is not in the cup's name.
        african_final: "وتأهل نادي الأهلي المصري إلى نهائي دوري أبطال إفريقيا بعد فوزه على مازيمبي." => [
            (Org, "نادي الأهلي المصري"), (Event, "دوري أبطال إفريقيا")];
        // A deputy's title takes whose deputy he is; a president speaking to
        // a prime minister is two titles.
        jordan_first_deputy: "وقال النائب الأول لرئيس مجلس النواب الأردني إن المجلس سيناقش الموازنة." => [
            (Occ, "النائب الأول لرئيس مجلس النواب الأردني")];
        president_to_prime_minister: "وقال الرئيس الأمريكي لرئيس الوزراء الإسرائيلي إن الحرب يجب أن تتوقف." => [
            (Occ, "الرئيس الأمريكي"), (Occ, "رئيس الوزراء الإسرائيلي")];
        // A title of two words before a name: the tagger's person had
        // begun inside the title.
        azhar_sheikh: "واستقبل شيخ الأزهر أحمد الطيب وفدا من العلماء." => [
            (Occ, "شيخ الأزهر"), (Pers, "أحمد الطيب")];
        // A listed company after a title, not a person.
        sonatrach_director: "وقال المدير العام لسوناطراك رشيد حشيشي إن الشركة ستزيد إنتاجها." => [
            (Org, "سوناطراك"), (Pers, "رشيد حشيشي")];
        // A name ends before ل + a common word («for a period»).
        signing_period: "وتعاقد النادي مع المهاجم البرازيلي مالكوم لمدة ثلاث سنوات." => [
            (Occ, "المهاجم البرازيلي"), (Pers, "مالكوم")];
        // A person no list has after a listed body in a title: the
        // tagger ran the body on into the name.
        ioc_president: "وقال رئيس اللجنة الأولمبية الدولية توماس باخ إن الألعاب ستقام في موعدها." => [
            (Occ, "رئيس اللجنة الأولمبية الدولية"), (Pers, "توماس باخ")];
        // A prime minister's office, and a festival with «and» in its name.
        tunisian_premiership: "وأعلنت رئاسة الحكومة التونسية تعيين وال جديد على ولاية سوسة." => [
            (Org, "رئاسة الحكومة التونسية")];
        gnawa_festival: "واحتضنت مدينة الصويرة مهرجان كناوة وموسيقى العالم بحضور آلاف الزوار." => [
            (Event, "مهرجان كناوة وموسيقى العالم")];
        // Moroccan titles run on to what their holder is in charge of.
        budget_minister: "وقال الوزير المنتدب المكلف بالميزانية فوزي لقجع إن العجز تراجع." => [
            (Occ, "الوزير المنتدب المكلف بالميزانية"), (Pers, "فوزي لقجع")];
        digital_minister: "وقالت الوزيرة المنتدبة المكلفة بالانتقال الرقمي وإصلاح الإدارة إن المنصة جاهزة." => [
            (Occ, "الوزيرة المنتدبة المكلفة بالانتقال الرقمي وإصلاح الإدارة")];
        // An Iraqi operations command, and the Syrian north-east's
        // administration with its «and».
        anbar_command: "وأعلنت قيادة عمليات الأنبار تنفيذ عملية أمنية في الصحراء." => [
            (Org, "قيادة عمليات الأنبار")];
        syrian_administration: "وفرضت الإدارة الذاتية لشمال وشرق سوريا حظر تجول في الرقة." => [
            (Org, "الإدارة الذاتية لشمال وشرق سوريا"), (Gpe, "الرقة")];
        // A Moroccan city's police prefecture, and the prisons' directorate
        // with its «and».
        fez_police: "وقالت مصادر من ولاية أمن فاس إن الشرطة أوقفت شخصين." => [
            (Org, "ولاية أمن فاس")];
        prisons_directorate: "وأعلنت المديرية العامة لإدارة السجون وإعادة الإدماج إغلاق السجن المحلي القديم." => [
            (Org, "المديرية العامة لإدارة السجون وإعادة الإدماج")];
        // A place whose name begins with ب, not ب + a surname; Lebanon's
        // power company.
        bkerke: "والتقى البطريرك الماروني بالسفير البابوي في بكركي." => [
            (Occ, "البطريرك الماروني"), (Gpe, "بكركي")];
        lebanon_power: "وقالت كهرباء لبنان إن ساعات التغذية سترتفع." => [
            (Org, "كهرباء لبنان")];
        // A presidency with its nationality, and an Algerian railway
        // company named with ب.
        algerian_presidency: "وقالت الرئاسة الجزائرية في بيان إن الرئيس تلقى مكالمة من نظيره التونسي." => [
            (Org, "الرئاسة الجزائرية")];
        algerian_railways: "وأعلنت الشركة الوطنية للنقل بالسكك الحديدية عن رحلات إضافية." => [
            (Org, "الشركة الوطنية للنقل بالسكك الحديدية")];
        // An assistant's title is the title it assists; a board member's
        // takes the board's body.
        assistant_minister: "وقال محمد حجازي مساعد وزير الخارجية المصري إن المفاوضات ستستأنف." => [
            (Pers, "محمد حجازي"), (Occ, "مساعد وزير الخارجية المصري")];
        iraqi_deputy_police_chief: "وصرح معاون مدير شرطة البصرة بأن التحقيق مستمر." => [
            (Occ, "معاون مدير شرطة البصرة")];
        board_member: "وأكد جلال محمود عضو مجلس إدارة النادي الأهلي أن الصفقة لم تحسم بعد." => [
            (Pers, "جلال محمود"), (Occ, "عضو مجلس إدارة النادي الأهلي")];
        // An event's field behind لل after its place and adjective, and a
        // listed event whole, never run on into the clause.
        cairo_book_fair: "وافتتح معرض القاهرة الدولي للكتاب أبوابه أمس." => [
            (Event, "معرض القاهرة الدولي للكتاب")];
        marrakech_film_festival: "وانطلق مهرجان مراكش الدولي للفيلم بحضور نجوم عالميين." => [
            (Event, "مهرجان مراكش الدولي للفيلم")];
        carthage_music: "ويقام مهرجان قرطاج الدولي للموسيقى في يوليو." => [
            (Event, "مهرجان قرطاج الدولي للموسيقى")];
        africa_cup_of_nations: "وخسر المنتخب في نهائي كأس إفريقيا للأمم أمام السنغال." => [
            (Event, "كأس إفريقيا للأمم"), (Gpe, "السنغال")];
        // The Europa League, not a European people (الأوروبي had been a
        // NORP), in either spelling.
        europa_league: "وتأهل الفريق المغربي إلى دور المجموعات في الدوري الأوروبي بعد فوزه ذهابا وإيابا." => [
            (Event, "الدوري الأوروبي")];
        europa_league_latin_name: "ويلعب إشبيلية مباراته المقبلة في يوروبا ليغ على أرضه." => [
            (Event, "يوروبا ليغ")];
        // A minister delegate's title runs through لدى into the office it
        // is attached to.
        delegate_minister: "وقال الوزير المنتدب لدى رئيس الحكومة المكلف بالميزانية إن العجز تراجع." => [
            (Occ, "الوزير المنتدب لدى رئيس الحكومة المكلف بالميزانية")];
        // التركي is a surname too: a nationality in a title or after a
        // counterpart, a surname after a given name.
        turkish_defence_minister: "وقال وزير الدفاع التركي إن بلاده لن تتراجع." => [
            (Occ, "وزير الدفاع التركي")];
        turkish_counterpart: "والتقى الوزير نظيره التركي في أنقرة." => [
            (Norp, "التركي"), (Gpe, "أنقرة")];
        turkish_surname: "وقال أحمد التركي إن السوق مستقر." => [
            (Pers, "أحمد التركي")];
        mediterranean_games: "وتستضيف وهران دورة ألعاب البحر الأبيض المتوسط الصيف المقبل." => [
            (Gpe, "وهران"), (Event, "ألعاب البحر الأبيض المتوسط")];
        natanz: "واستهدفت الضربات منشأة نطنز النووية." => [
            (Fac, "منشأة نطنز النووية")];
        // A place never runs on through a direction into the place it is
        // placed from; a listed place with a direction inside stays whole.
        new_capital: "وانتقلت الوزارات إلى العاصمة الإدارية الجديدة شرق القاهرة." => [
            (Gpe, "العاصمة الإدارية الجديدة"), (Gpe, "القاهرة")];
        north_sinai: "وتقع محافظة شمال سيناء على الحدود." => [
            (Gpe, "محافظة شمال سيناء")];
        // A city right after a verb stands, though its name is also a
        // word of the news (and a given name), and a name never opens on
        // the verb.
        aden_visit: "وقالت الأمم المتحدة إن منسقها المقيم في اليمن سيزور عدن." => [
            (Org, "الأمم المتحدة"), (Gpe, "اليمن"), (Gpe, "عدن")];
        aden_next_week: "والمنسق سيزور عدن الأسبوع المقبل." => [
            (Gpe, "عدن")];
        // A centre named by its field.
        conjuncture_centre: "وقال المركز المغربي للظرفية إن النمو سيتباطأ." => [
            (Org, "المركز المغربي للظرفية")];
        rights_centre: "وقال المركز الفلسطيني لحقوق الإنسان إن الاعتقالات تزايدت." => [
            (Org, "المركز الفلسطيني لحقوق الإنسان")];
        // The holder's name after the place an envoy is posted to, or an
        // official serves in.
        envoy_posted: "وأكد المبعوث الأممي الخاص إلى اليمن هانس غروندبرغ ضرورة استئناف المفاوضات." => [
            (Occ, "المبعوث الأممي الخاص"), (Gpe, "اليمن"), (Pers, "هانس غروندبرغ")];
        official_in_city: "وقال مدير المكتب الإعلامي الحكومي في غزة إسماعيل الثوابتة إن الوقود نفد." => [
            (Gpe, "غزة"), (Pers, "إسماعيل الثوابتة")];
        // A facility named by one listed name and an adjective, after a
        // person the tagger would run into it.
        museum_after_ruler: "وافتتح الشيخ محمد بن زايد متحف زايد الوطني في جزيرة السعديات." => [
            (Pers, "محمد بن زايد"), (Fac, "متحف زايد الوطني")];
        exhibition_palace: "وافتتح الرئيس معرض الجزائر الدولي بقصر المعارض الصنوبر البحري." => [
            (Event, "معرض الجزائر الدولي"), (Fac, "قصر المعارض الصنوبر البحري")];
        // A company and its nationality end before a purpose.
        purpose_after_company: "ووقع المكتب اتفاقية مع شركة مصدر الإماراتية لإنجاز محطة للطاقة الريحية قرب طرفاية." => [
            (Org, "شركة مصدر الإماراتية"), (Gpe, "طرفاية")];
        spokesman_for_ministry: "وقال الناطق الرسمي باسم وزارة الداخلية إن الحدود مؤمنة." => [
            (Occ, "الناطق الرسمي باسم وزارة الداخلية")];
        led_by_country: "وأعلن التحالف الدولي بقيادة الولايات المتحدة عن ضربات جديدة." => [
            (Org, "التحالف الدولي"), (Gpe, "الولايات المتحدة")];
        // A given name that is also a title, before a nisba surname; before
        // a place it is the title (a guard for the case before).
        given_name_sultan: "وعقد البرلمان جلسته بحضور رئيسه سلطان البركاني." => [
            (Pers, "سلطان البركاني")];
        sultan_of_oman: "وقال سلطان عمان هيثم بن طارق إن البلاد ماضية في الإصلاح." => [
            (Occ, "سلطان عمان"), (Pers, "هيثم بن طارق")];
        gaza_town: "وقال مدير المستشفى في دير البلح إن الطواقم منهكة." => [
            (Gpe, "دير البلح")];
        government_serail: "وترأس رئيس الحكومة اجتماعا في السراي الحكومي." => [
            (Fac, "السراي الحكومي")];
        nuri_mosque: "وقال محافظ نينوى عبد القادر الدخيل إن إعادة إعمار الجامع النوري الكبير اكتملت." => [
            (Pers, "عبد القادر الدخيل"), (Fac, "الجامع النوري الكبير")];
        // A show is an event, whoever the tagger takes it for.
        airshow: "وافتتح ولي عهد البحرين الأمير سلمان بن حمد آل خليفة معرض البحرين الدولي للطيران." => [
            (Event, "معرض البحرين الدولي للطيران")];
        // Two bodies joined by و.
        two_companies: "وأعلنت سوناطراك وإيني الإيطالية توقيع اتفاق لتطوير حقل غاز." => [
            (Org, "سوناطراك"), (Org, "إيني الإيطالية")];
        // The title won is not part of the championship's name.
        asian_champions: "وفاز نادي العين الإماراتي بلقب دوري أبطال آسيا." => [
            (Org, "نادي العين الإماراتي"), (Event, "دوري أبطال آسيا")];
        pope_and_sheikh: "واستقبل البابا فرنسيس في الفاتيكان شيخ الأزهر." => [
            (Occ, "البابا"), (Pers, "فرنسيس"), (Gpe, "الفاتيكان")];
        atlas_lions: "وقاد المدرب وليد الركراكي أسود الأطلس إلى نصف النهائي." => [
            (Pers, "وليد الركراكي"), (Org, "أسود الأطلس")];
        zayed_book_award: "وفاز الروائي بجائزة الشيخ زايد للكتاب عن روايته." => [
            (Event, "جائزة الشيخ زايد للكتاب")];
        moroccan_runner: "وتوج العداء المغربي سفيان البقالي بالذهبية." => [
            (Occ, "العداء المغربي"), (Pers, "سفيان البقالي")];
        security_cabinet: "وقالت هيئة البث إن المجلس الوزاري المصغر سيجتمع الليلة." => [
            (Org, "المجلس الوزاري المصغر")];
        // A listed city behind ب is a place, whatever the tagger makes of it.
        nouakchott: "وانعقد اجتماع اللجنة المشتركة المغربية الموريتانية بنواكشوط برئاسة رئيسي حكومتي البلدين." => [
            (Org, "اللجنة المشتركة المغربية الموريتانية"), (Gpe, "نواكشوط")];
        // Quoted names after a plural head and «such as», joined by و.
        quoted_groups: "وأشار التقرير إلى أن جماعات مثل \"بوكو حرام\" و\"الشباب\" تستغل الفراغ الأمني." => [
            (Org, "بوكو حرام"), (Org, "الشباب")];
        lebanese_isf: "وأوقفت شعبة المعلومات في قوى الأمن الداخلي شبكة لتزوير العملة." => [
            (Org, "شعبة المعلومات"), (Org, "قوى الأمن الداخلي")];
        sonelgaz_chief: "وقال الرئيس المدير العام لمجمع سونلغاز مراد عجال إن الشبكة ستتوسع." => [
            (Occ, "الرئيس المدير العام لمجمع سونلغاز"), (Pers, "مراد عجال")];
        // A Berber آيت takes the word after it, a title as it may be.
        ait_taleb: "وقال محمد آيت الطالب إن الحوار الاجتماعي سيستأنف الأسبوع المقبل." => [
            (Pers, "محمد آيت الطالب")];
        algerian_cup: "وتأهلت مولودية وهران إلى الدور ثمن النهائي من كأس الجمهورية." => [
            (Org, "مولودية وهران"), (Event, "كأس الجمهورية")];
        solidarity_games: "وأعلنت اللجنة الأولمبية المغربية عن قائمة المشاركين في ألعاب التضامن الإسلامي." => [
            (Org, "اللجنة الأولمبية المغربية"), (Event, "ألعاب التضامن الإسلامي")];
        // A body's ل-genitive that is a construct of two nouns.
        sudan_workers_union: "ودعا الاتحاد العام لنقابات عمال السودان إلى إضراب شامل." => [
            (Org, "الاتحاد العام لنقابات عمال السودان")];
        laundering_committee: "وأطلقت اللجنة الوطنية لمكافحة غسل الأموال حملة توعية جديدة." => [
            (Org, "اللجنة الوطنية لمكافحة غسل الأموال")];
        // «Primary» (الأولي, dotted, after a masculine noun) is no ordinal.
        ma_education_ministry: "وأعلنت وزارة التربية الوطنية والتعليم الأولي والرياضة عن موعد امتحانات البكالوريا." => [
            (Org, "وزارة التربية الوطنية والتعليم الأولي والرياضة")];
        // A given name that is also a verb, after a title and its city.
        gaza_health_spokesman: "وصرح المتحدث باسم وزارة الصحة في غزة أشرف القدرة بأن المستشفيات توقفت." => [
            (Pers, "أشرف القدرة"), (Gpe, "غزة")];
        // A body named by its place, with its field.
        abu_dhabi_tourism: "وأعلنت هيئة أبوظبي للسياحة والثقافة عن افتتاح متحف جديد." => [
            (Org, "هيئة أبوظبي للسياحة والثقافة")];
        // An acronym in parentheses after the body.
        fao_acronym: "ووقع الوزير اتفاقية مع منظمة الأغذية والزراعة للأمم المتحدة (فاو) لدعم صغار المزارعين." => [
            (Org, "منظمة الأغذية والزراعة للأمم المتحدة"), (Org, "فاو")];
        // An event named by an unlisted place, with its field.
        jerash_festival: "واختتمت فعاليات مهرجان جرش للثقافة والفنون مساء السبت." => [
            (Event, "مهرجان جرش للثقافة والفنون")];
        // A body named after a person takes the adjective of its head.
        alwaleed_foundation: "ونظمت مؤسسة الوليد بن طلال الإنسانية حفلا خيريا في بيروت." => [
            (Org, "مؤسسة الوليد بن طلال الإنسانية"), (Gpe, "بيروت")];
        gezira_state: "ونزح آلاف السكان من ولاية الجزيرة السودانية خلال الأسبوع الماضي." => [
            (Gpe, "ولاية الجزيرة السودانية")];
        khiam_town: "وسقطت قذائف على أطراف بلدة الخيام جنوب لبنان." => [
            (Gpe, "بلدة الخيام"), (Gpe, "لبنان")];
        total_energies: "ووقعت شركة توتال إنرجي الفرنسية اتفاقا مع الحكومة." => [
            (Org, "شركة توتال إنرجي الفرنسية")];
        // A body's field that guards against something takes `من` and
        // it, and `و` + fighting it.
        prevention_body: "وأصدرت الهيئة الوطنية للنزاهة والوقاية من الرشوة ومحاربتها تقريرها السنوي." => [
            (Org, "الهيئة الوطنية للنزاهة والوقاية من الرشوة ومحاربتها")];
        torture_prevention: "وزار وفد من الهيئة الوطنية للوقاية من التعذيب سجنا في قفصة." => [
            (Org, "الهيئة الوطنية للوقاية من التعذيب"), (Gpe, "قفصة")];
        limiting_body: "وقالت اللجنة الوطنية للحد من انتشار السلاح إن خطتها جاهزة." => [
            (Org, "اللجنة الوطنية للحد من انتشار السلاح")];
        // A company's customers are not its trade; a given name that is
        // also a title opens the holder's name after another title.
        company_customers: "وقدمت شركة الاتصالات للمشتركين عروضا جديدة خلال الصيف." => [
            (Org, "شركة الاتصالات")];
        adnoc_chief: "وقال المدير التنفيذي لشركة أدنوك سلطان الجابر إن الطلب على النفط قوي." => [
            (Occ, "المدير التنفيذي لشركة أدنوك"), (Pers, "سلطان الجابر")];
        // The holder's name after a title that ends on a body and its
        // adjective or genitive, where the Kashif reading ran the body
        // into the name.
        army_spokesman: "ونفى المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي صحة الاتهامات." => [
            (Occ, "المتحدث باسم الجيش الإسرائيلي"), (Pers, "أفيخاي أدرعي")];
        think_tank_researcher: "وقال الباحث في المركز العربي للأبحاث ودراسة السياسات مروان قبلان إن التصعيد متوقع." => [
            (Org, "المركز العربي للأبحاث ودراسة السياسات"), (Pers, "مروان قبلان")];
        un_ambassador: "وقالت السفيرة لدى المنظمة الدولية نيكي هايلي إن بلادها سترد." => [
            (Org, "المنظمة الدولية"), (Pers, "نيكي هايلي")];
        // A body named after a ruler ends before the name of the holder
        // of the title in front of it.
        hospital_director: "وأكد مدير مستشفى الملك فيصل التخصصي سامي الدوسري استقرار حالة المصابين." => [
            (Occ, "مدير مستشفى الملك فيصل التخصصي"), (Pers, "سامي الدوسري")];
        university_president: "وقال مدير جامعة الملك سعود خالد المطيري إن الدراسة ستستأنف." => [
            (Occ, "مدير جامعة الملك سعود"), (Pers, "خالد المطيري")];
        // A word read as a person right after the noun of an
        // administrative place is the place.
        iraqi_district: "وأصيب جنديان في انفجار عبوة قرب قضاء طوزخورماتو شرقي المحافظة." => [
            (Gpe, "طوزخورماتو")];
        english_town: "وتعيش الكاتبة في بلدة لويس جنوب إنكلترا منذ سنوات." => [
            (Gpe, "لويس")];
        // A foreign port the Kashif reading misses and ANERcorp's finds
        // after its noun: the site with its noun (see also
        // convention_places.rs).
        larnaca_port: "ورست سفينة المساعدات في ميناء لارنكا صباح الأحد." => [
            (Fac, "ميناء لارنكا")];
        // Foreign names that open on a letter a proclitic is written
        // with keep it (`فانس` is not `ف` + `أنس`); `و` and `ل` before a
        // listed name stay out of it.
        vance: "وقال المدعي العام في نيويورك، سايروس فانس، إن التحقيق مستمر." => [
            (Pers, "فانس")];
        blanchett: "وصعدت الممثلة كايت بلانشيت إلى المنصة لتسلم الجائزة." => [
            (Pers, "كايت بلانشيت")];
        // على written so before a name is the preposition.
        ala_salah: "وعلق المدرب على صلاح بعد نهاية المباراة." => [(Pers, "صلاح")];
        kane: "وسجل المهاجم كاين هدفين في المباراة." => [(Pers, "كاين")];
        ford: "وتراجعت أسهم فورد بعد إعلان النتائج الفصلية." => [(Org, "فورد")];
        and_hisham: "وحضر الحفل عبد الله الخطيب وهشام توفيق وعدد من الفنانين." => [
            (Pers, "هشام توفيق")];
        // Qatar's nationality, feminine, in a coordination.
        qatari_mediation: "وانتهت المفاوضات بوساطة قطرية ومصرية بعد يومين من المحادثات." => [
            (Norp, "قطرية"), (Norp, "مصرية")];
        // The king's title, and a cup named after the title's holder,
        // which is an event, not a title (see also not_names.rs).
        custodian_title: "واستقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز الوفد في جدة." => [
            (Occ, "خادم الحرمين الشريفين"), (Pers, "سلمان بن عبد العزيز"), (Gpe, "جدة")];
        custodian_cup: "وودع النصر مسابقة كأس خادم الحرمين الشريفين بعد خسارته أمام الباطن." => [
            (Event, "كأس خادم الحرمين الشريفين")];
        charge_daffaires: "والتقى الوزير القائم بالأعمال الأمريكي في بغداد أمس." => [
            (Occ, "القائم بالأعمال الأمريكي"), (Gpe, "بغداد")];
        // A court is no office of the broadcaster it speaks to.
        court_to_broadcaster: "وقال ممثل عن المحكمة المدنية لوكالة رويترز إن الجلسة تأجلت." => [
            (Org, "المحكمة المدنية")];
        // A village named by its place noun ends before the direction
        // that places it.
        village_north_of: "وداهمت القوات منازل في قرية بيت أمر شمال الخليل فجرا." => [
            (Gpe, "قرية بيت أمر")];
        // A title-shaped nisba after the genitive, agreeing with the head.
        al_jazeera_network: "وقالت شبكة الجزيرة الإعلامية إن مراسلها أصيب في القصف." => [
            (Org, "شبكة الجزيرة الإعلامية")];
        west_kordofan: "وأعلنت السلطات في ولاية غرب كردفان عن فتح المدارس." => [
            (Gpe, "غرب كردفان")];
        // A listed event behind ل, whose name holds a place.
        carthage_theatre: "وقالت الوزارة إن الدورة الجديدة لأيام قرطاج المسرحية ستنطلق في نوفمبر." => [
            (Event, "أيام قرطاج المسرحية")];
        // A Tunis suburb behind ب ends the body before it.
        bardo_parliament: "ونظمت الجمعية وقفة أمام مقر البرلمان بباردو." => [
            (Gpe, "باردو")];
        iraqi_coalition: "وأعلن ائتلاف دولة القانون بزعامة نوري المالكي ترشيح وزير سابق." => [
            (Org, "ائتلاف دولة القانون"), (Pers, "نوري المالكي")];
        // A centre named after a ruler, with its field (a building, as
        // Wojood tags centres).
        ksrelief: "وأصدر مركز الملك سلمان للإغاثة والأعمال الإنسانية تقريرا عن مشاريعه في اليمن." => [
            (Fac, "مركز الملك سلمان للإغاثة والأعمال الإنسانية"), (Gpe, "اليمن")];
        uae_state_minister: "وقال وزير الدولة للشؤون الخارجية الإماراتي خليفة شاهين المرر إن بلاده تدعم الحل." => [
            (Occ, "وزير الدولة للشؤون الخارجية الإماراتي"), (Pers, "خليفة شاهين المرر")];
        // A given name that is also a title, inside the name.
        iranian_minister: "وقال وزير الخارجية الإيراني حسين أمير عبد اللهيان إن طهران مستعدة للحوار." => [
            (Occ, "وزير الخارجية الإيراني"), (Pers, "حسين أمير عبد اللهيان"), (Gpe, "طهران")];
        // A Levantine army rank before the name.
        lebanese_army_rank: "واستقبل قائد الجيش اللبناني العماد جوزيف عون وفدا عسكريا فرنسيا." => [
            (Occ, "قائد الجيش اللبناني"), (Occ, "العماد"), (Pers, "جوزيف عون")];
        // Two people joined by و, the second a surname no list has.
        surname_after_and: "واستقبل الرئيس الفنزويلي هوغو شافيز ولوكاشنكو في قصر ميرافلوريس." => [
            (Occ, "الرئيس الفنزويلي"), (Pers, "هوغو شافيز"), (Pers, "لوكاشنكو")];
        // A verb behind ف between two names ends the first.
        verb_between_names: "وتروي الحكاية أن عمر بن سعيد فتركها أبو بكر عند البئر." => [
            (Pers, "عمر بن سعيد"), (Pers, "أبو بكر")];
        iraqi_province_and_bloc: "وقال مسؤول في ديالى إن الإطار التنسيقي رحب بقرار مؤسسة قطر للتربية والعلوم وتنمية المجتمع." => [
            (Gpe, "ديالى"), (Org, "الإطار التنسيقي"), (Org, "مؤسسة قطر للتربية والعلوم وتنمية المجتمع")];
        kurdistan_pm: "وقال رئيس حكومة إقليم كردستان مسرور بارزاني إن الحوار مستمر." => [
            (Occ, "رئيس حكومة إقليم كردستان"), (Pers, "مسرور بارزاني")];
        // The title after a name is not part of it.
        title_after_name: "وحضر أحمد الطيب شيخ الأزهر حفل التخرج." => [
            (Pers, "أحمد الطيب"), (Occ, "شيخ الأزهر")];
        tunisian_currency: "سجل الدينار التونسي تراجعا بنسبة 3,5 بالمئة أمام اليورو." => [
            (Curr, "الدينار التونسي", "TND"), (Percent, "3,5 بالمئة", "3.5"), (Curr, "اليورو", "EUR")];
        // A bare currency noun (no country adjective) takes its country
        // from the places of the text.
        egyptian_pounds: "خصصت بلدية القاهرة 50 مليون جنيه لتطوير الطرق." => [
            (Money, "50 مليون جنيه", "50000000 EGP")];
        lebanese_pounds: "ارتفع سعر ربطة الخبز في بيروت إلى 5000 ليرة." => [
            (Gpe, "بيروت"), (Money, "5000 ليرة", "5000 LBP")];
        kuwaiti_dinars: "يدفع الطلاب في الكويت 300 دينار رسوما سنوية." => [
            (Gpe, "الكويت"), (Money, "300 دينار", "300 KWD")];
    });
}

/// A name written with a hyphen between its parts, no space on either
/// side (Korean names, double-barrelled surnames), is one person, in
/// every convention; two players glued by a hyphen stay apart, and a
/// team's line-up, names between spaced dashes, is a person per name.
#[test]
fn hyphenated_names_and_line_ups() {
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "قال الزعيم الكوري الشمالي كيم جونغ-أون إن بلاده مستعدة للحوار.",
            &["كيم جونغ-أون"],
            &[],
        ),
        (
            "ويعتقد المراقبون أن كيم جونغ-أون يدرك حجم الضغوط.",
            &["كيم جونغ-أون"],
            &[],
        ),
        (
            "والتقى الرئيس الكوري الجنوبي مون جي-إن نظيره في المنطقة المنزوعة السلاح.",
            &["مون جي-إن"],
            &[],
        ),
        (
            "وهنأت الرئيسة الكرواتية كوليندا غرابار-كيتاروفيتش لاعبي المنتخب بعد الفوز.",
            &["كوليندا غرابار-كيتاروفيتش"],
            &[],
        ),
        (
            "وصرحت وزيرة الخارجية كانغ كيونغ-وا بأن المحادثات كانت مثمرة.",
            &["كانغ كيونغ-وا"],
            &[],
        ),
        (
            "وتألق الحارس الألماني مارك-أندريه تير-شتيغن في المباراة.",
            &["مارك-أندريه تير-شتيغن"],
            &[],
        ),
        (
            "وتألق الثنائي لوكاكو-هازار في خط الهجوم.",
            &[],
            &["لوكاكو-هازار"],
        ),
        (
            "واعتمد المدرب التشكيلة التالية: فاروق بن مصطفى - إيهاب المباركي - صيام بن يوسف -  ديلان برون - أسامة الحدادي.",
            &["فاروق بن مصطفى", "إيهاب المباركي", "صيام بن يوسف", "ديلان برون"],
            &["-"],
        ),
    ];
    let mut failures = Vec::new();
    for convention in [kashif::Convention::Kashif, kashif::Convention::Anercorp] {
        let opts = Options {
            convention,
            ..Options::default()
        };
        for (text, want, never) in cases {
            let persons = names::texts_of(&EXTRACTOR, text, &opts, Kind::Pers);
            for w in *want {
                if !persons.iter().any(|p| p == w) {
                    failures.push(format!("{convention}: missing {w:?} in {persons:?}"));
                }
            }
            for n in *never {
                if let Some(p) = persons.iter().find(|p| p.contains(n)) {
                    failures.push(format!("{convention}: {p:?} holds {n:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every example of the README's kinds table, so the table stays true.
#[test]
fn readme_examples() {
    run(cases! {
        pers: "التقى عبد اللطيف حموشي نظراءه." => [(Pers, "عبد اللطيف حموشي")];
        norp: "استقبل الوزير نظيره النمساوي أمس." => [(Norp, "النمساوي")];
        org_with_norp: "أكدت الشرطة النمساوية الخبر." => [(Org, "الشرطة النمساوية")];
        occ: "قال المدير العام للأمن الوطني إن الاجتماع ناجح." => [(Occ, "المدير العام للأمن الوطني")];
        org: "أعلنت المديرية العامة لمراقبة التراب الوطني تفكيك الخلية." => [(Org, "المديرية العامة لمراقبة التراب الوطني")];
        gpe: "زار الوفد وتركيا وفيينا." => [(Gpe, "تركيا"), (Gpe, "فيينا")];
        loc: "جلسوا على ضفاف نهر النيل." => [(Loc, "نهر النيل")];
        fac: "عقد اللقاء في مركز فيينا الدولي." => [(Fac, "مركز فيينا الدولي")];
        event: "حضر الآلاف خلال مهرجان موازين." => [(Event, "مهرجان موازين")];
        date: "التقى الوفدان يومي 6 و7 ماي الجاري." @ "2025-05-08" => [(Date, "يومي 6 و7 ماي الجاري", "2025-05-06/2025-05-07")];
        time: "يبدأ اللقاء على الساعة العاشرة صباحا." => [(Time, "الساعة العاشرة صباحا", "10:00")];
        money: "خصصت الرباط 3 ملايين درهم للمشروع." => [(Gpe, "الرباط"), (Money, "3 ملايين درهم", "3000000 MAD")];
        percent: "بلغت النسبة 12 في المائة." => [(Percent, "12 في المائة", "12")];
        cardinal: "حضر ثلاثة آلاف مشارك." => [(Cardinal, "ثلاثة آلاف", "3000")];
        ordinal: "بلغ الفريق الدور الثاني والعشرين." => [(Ordinal, "الثاني والعشرين", "22")];
        quantity: "تمتد على مسافة 40 كيلومترا." => [(Quantity, "40 كيلومترا", "40 km")];
        curr: "تراجع الدرهم أمام اليورو." => [(Curr, "الدرهم", "MAD")];
        url: "انظر https://example.org/akhbar للتفاصيل." => [(Url, "https://example.org/akhbar")];
        email: "راسلوا contact@example.org اليوم." => [(Email, "contact@example.org")];
        phone: "اتصلوا بالرقم +212 5 37 00 00 00 الآن." => [(Phone, "+212 5 37 00 00 00")];
        hashtag: "انتشر وسم #أخبار_اليوم بسرعة." => [(Hashtag, "#أخبار_اليوم")];
        mention: "رد الحساب @kashif_ar على الأسئلة." => [(Mention, "@kashif_ar")];
    });
}

#[test]
fn datelines() {
    run(cases! {
        // The agency in a dateline's brackets, whatever else its letters
        // spell: `ومع` is also «and with», `بترا` a city.
        moroccan_agency: "الرباط (ومع) – أعلنت الوزارة عن برنامج جديد لدعم المقاولات الصغرى." => [
            (Gpe, "الرباط"), (Org, "ومع")];
        jordanian_agency: "عمان (بترا) - قال وزير المالية إن العجز تراجع هذا العام." => [
            (Gpe, "عمان"), (Org, "بترا")];
        french_agency: "باريس (أ ف ب) - أعلنت الشرطة توقيف ثلاثة أشخاص." => [
            (Gpe, "باريس"), (Org, "أ ف ب")];
        after_a_headline: "الحكومة تعلن خطة جديدة\nالدار البيضاء (ومع): افتتح المعرض أبوابه صباح اليوم." => [
            (Gpe, "الدار البيضاء"), (Org, "ومع")];
        // The place a story was filed from stands, though `مسقط` is also
        // «birthplace».
        filed_from_muscat: "مسقط (العمانية) - أعلنت وزارة الصحة تسجيل حالات جديدة." => [
            (Gpe, "مسقط"), (Org, "العمانية")];
    });
}
