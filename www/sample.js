// The sample article the page opens with. Written for Kashif (an invented
// news story in the style of a Moroccan news-agency dispatch; the people,
// figures, address and number are fictitious). It exercises most kinds:
// a person named in full then by surname, a long title, two directorates,
// a UN team, an armed group in quotes, countries glued to "و", a city, a
// facility, a Maghrebi date, an amount, a percentage, a URL, an e-mail,
// a phone number and a hashtag.
export const SAMPLE_DATE = '2025-05-02';

export const SAMPLE = `الرباط (ومع) – يشارك المدير العام للأمن الوطني ومراقبة التراب الوطني، عبد الحق المنصوري، يومي 6 و7 ماي الجاري في فيينا، في الدورة الثالثة لاجتماع دولي حول تجفيف منابع تمويل الإرهاب، يحتضنه مركز فيينا الدولي بدعوة من فريق الأمم المتحدة لرصد الجزاءات.

وأوضح بلاغ مشترك للمديرية العامة للأمن الوطني والمديرية العامة لمراقبة التراب الوطني، صدر يوم الجمعة 2 ماي 2025، أن الاجتماع سيبحث التهديدات التي ما يزال يمثلها تنظيم “داعش” في منطقة الساحل، بمشاركة وفود من النمسا وتركيا، والسعودية، والأردن، وقطر.

وقال المنصوري، في تصريح للصحافة قبيل مغادرته الرباط على الساعة العاشرة صباحا، إن المصالح الأمنية المغربية فككت منذ مطلع السنة الجارية 12 خلية، وإن العمليات الاستباقية بلغت 85 في المائة من مجموع التدخلات، أي ما يفوق 70% المسجلة في العام الماضي.

ورصدت المديرية غلافا ماليا قدره 3 ملايين درهم لتكوين 450 إطارا في مجال التحقيقات المالية، على أن تنعقد الدورة المقبلة في الدوحة خلال شهر أكتوبر 2025.

وللاطلاع على نص البلاغ، يمكن زيارة الموقع https://www.example.ma/ar/communiques أو الاتصال بخلية التواصل على الرقم +212 537 00 00 00 أو مراسلتها عبر presse@example.ma، فيما يتابع الجمهور أشغال الاجتماع عبر الوسم #فيينا_2025.
`;
