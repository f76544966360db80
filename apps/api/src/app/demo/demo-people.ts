// A few dozen real Moroccan names in both scripts, enough for the demo school. The national
// generator (modules/seed) has the long lists.
export const BOYS: [string, string][] = [
  ['Youssef', 'يوسف'], ['Mohamed', 'محمد'], ['Adam', 'آدم'], ['Amine', 'أمين'], ['Hamza', 'حمزة'], ['Omar', 'عمر'],
  ['Ayoub', 'أيوب'], ['Anas', 'أنس'], ['Ilyas', 'إلياس'], ['Zakaria', 'زكرياء'], ['Mehdi', 'المهدي'], ['Yassine', 'ياسين'],
  ['Othmane', 'عثمان'], ['Ismail', 'إسماعيل'], ['Karim', 'كريم'], ['Rayan', 'ريان'],
];
export const GIRLS: [string, string][] = [
  ['Fatima Zahra', 'فاطمة الزهراء'], ['Salma', 'سلمى'], ['Aya', 'آية'], ['Khadija', 'خديجة'], ['Meryem', 'مريم'], ['Hiba', 'هبة'],
  ['Imane', 'إيمان'], ['Nour', 'نور'], ['Sara', 'سارة'], ['Ghita', 'غيثة'], ['Zineb', 'زينب'], ['Yasmine', 'ياسمين'],
  ['Hajar', 'هاجر'], ['Wiam', 'وئام'], ['Douae', 'دعاء'], ['Rim', 'ريم'],
];
export const FAMILIES: [string, string][] = [
  ['El Amrani', 'العمراني'], ['Benali', 'بنعلي'], ['El Idrissi', 'الإدريسي'], ['Alaoui', 'العلوي'], ['Bennani', 'بناني'],
  ['Tazi', 'التازي'], ['El Fassi', 'الفاسي'], ['Berrada', 'برادة'], ['Chraibi', 'الشرايبي'], ['Ouazzani', 'الوزاني'],
  ['Lahlou', 'لحلو'], ['Benjelloun', 'بنجلون'], ['Kettani', 'الكتاني'], ['Sebti', 'السبتي'], ['Naciri', 'الناصري'],
  ['Ziani', 'الزياني'], ['Belhaj', 'بلحاج'], ['Rami', 'رامي'], ['Haddaoui', 'الحداوي'], ['Mansouri', 'المنصوري'],
];
